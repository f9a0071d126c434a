"use client";
// What a passage backs, demands: a new one (who demands what of whom; its slug follows the summary
// until edited), one that exists, or a change of a demand's status that the passage reports.
import { useRef } from "react";
import { useFormContext } from "react-hook-form";
import { useTranslations } from "next-intl";
import { Input } from "@/components/ui/input";
import { enumValues } from "@/lib/format/enums";
import { suggestSlug } from "@/features/editing/slug";
import { FieldFrame, TEXTAREA_CLASS } from "@/features/editing/field-frame";
import { useErrorText } from "@/features/editing/use-error-text";
import { PassageDate, PassagePicker, PassageSelect, PassageText } from "./passage-fields";
import type { PassageValues } from "./passage-schema";

/** The summary, filling in the slug as the editor types until they edit the slug themselves. */
function SummaryWithSlug() {
  const t = useTranslations("editing.passage.field");
  const { register, setValue, getFieldState, formState } = useFormContext<PassageValues>();
  const errorText = useErrorText();
  const slugEdited = useRef(false);
  const error = errorText(getFieldState("summary", formState).error?.message);
  const summary = register("summary", {
    onChange: (e: { target: { value: string } }) => {
      // Re-checked at once when it was refused, so a filled-in slug clears its error.
      if (!slugEdited.current) setValue("slug", suggestSlug(e.target.value), { shouldValidate: Boolean(getFieldState("slug").error) });
    },
  });
  const slug = register("slug", { onChange: () => (slugEdited.current = true) });
  const slugError = errorText(getFieldState("slug", formState).error?.message);
  return (
    <>
      <FieldFrame id="passage-summary" label={t("summary")} error={error}>
        <textarea
          id="passage-summary"
          className={`${TEXTAREA_CLASS} min-h-20`}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "passage-summary-error" : undefined}
          {...summary}
        />
      </FieldFrame>
      <FieldFrame id="passage-slug" label={t("slug")} error={slugError} hint={t("slugHint")}>
        <Input
          id="passage-slug"
          aria-invalid={slugError ? true : undefined}
          aria-describedby={slugError ? "passage-slug-error" : "passage-slug-hint"}
          {...slug}
        />
      </FieldFrame>
    </>
  );
}

export function NewDemandFields() {
  const t = useTranslations("editing.passage.field");
  return (
    <>
      <PassagePicker name="party" kind="party" label={t("from")} />
      <PassagePicker name="to" kind="party" label={t("to")} optional />
      <PassagePicker name="topic" kind="topic" label={t("topic")} />
      <SummaryWithSlug />
      <PassageDate name="raised" legend={t("raised")} />
      <PassagePicker name="round" kind="round" label={t("round")} optional />
    </>
  );
}

export function ExistingDemandFields() {
  const t = useTranslations("editing.passage.field");
  return <PassagePicker name="demand" kind="demand" label={t("demand")} />;
}

export function DemandStatusFields() {
  const t = useTranslations("editing.passage.field");
  return (
    <>
      <PassagePicker name="demand" kind="demand" label={t("demand")} />
      <PassageSelect name="status" label={t("status")} enumName="DemandStatus" values={enumValues.DemandStatus} />
      <PassageDate name="changed" legend={t("changed")} />
      <PassagePicker name="round" kind="round" label={t("round")} optional />
      <PassageText name="note" label={t("note")} optional multiline />
    </>
  );
}
