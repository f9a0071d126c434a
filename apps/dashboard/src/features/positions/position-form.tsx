"use client";
// Edit a position: summary, stance (explained against the topic's proposition), date, party, topic,
// round, speaker and the quotes behind it. Drafts, the leave guard and the conflict view come from the
// form kit; a position compares its fields by meaning (a date by what it says, relations by id).
import { Controller, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { DateField, PickerField, QuotesField, TextAreaField } from "@/features/editing/form-fields";
import { RecordFormShell } from "@/features/editing/record-form-shell";
import { useDescribe } from "@/features/editing/use-describe";
import { useErrorText } from "@/features/editing/use-error-text";
import { useRecordForm } from "@/features/editing/use-record-form";
import { updatePosition } from "./actions";
import {
  POSITION_FIELDS,
  SUMMARY_MAX,
  positionDraftSchema,
  positionFormSchema,
  type PositionField,
  type PositionFormValues,
  type PositionRecord,
} from "./position-form-schema";
import { sameField } from "./position-merge";
import { StancePicker } from "./stance-picker";

export function PositionForm({ record }: { record: PositionRecord }) {
  const t = useTranslations("editing");
  const tPositions = useTranslations("positions");
  const tEnums = useTranslations("enums");
  const errorText = useErrorText();
  const words = useDescribe();
  const state = useRecordForm({
    draftId: record.id,
    record,
    defaults: record.values,
    resolver: zodResolver(positionFormSchema),
    draftSchema: positionDraftSchema,
    fields: POSITION_FIELDS,
    save: (values, version) => updatePosition(record.id, version, values),
    sameValue: sameField,
    focusTarget: (f) => (f === "stated" ? "stated.year" : f),
  });
  const { form } = state;
  const [topic, summary] = useWatch({ control: form.control, name: ["topic", "summary"] });
  const stanceError = errorText(form.formState.errors.stance?.message);

  const describe = (v: PositionFormValues, field: PositionField): string => {
    switch (field) {
      case "summary":
        return v.summary;
      case "stance":
        return tEnums(`Stance.${v.stance}`);
      case "stated":
        return words.date(v.stated);
      case "party":
      case "topic":
        return v[field].label;
      case "round":
      case "speaker":
        return v[field]?.label ?? "";
      case "evidence":
        return words.quotes(v.evidence);
    }
  };
  const fieldLabel = (field: PositionField) => (field === "evidence" ? tPositions("quotes") : tPositions(field));

  return (
    <RecordFormShell state={state} label={t("positionForm")} fieldLabel={fieldLabel} describe={describe}>
      <TextAreaField
        form={form}
        name="summary"
        label={fieldLabel("summary")}
        maxLength={SUMMARY_MAX}
        className="min-h-28"
        hint={t("summaryHint", { count: summary.length, max: SUMMARY_MAX })}
      />
      <div className="grid gap-6 md:grid-cols-2">
        <PickerField form={form} name="party" label={fieldLabel("party")} kind="party" />
        <PickerField form={form} name="topic" label={fieldLabel("topic")} kind="topic" />
      </div>
      <Controller
        control={form.control}
        name="stance"
        render={({ field }) => (
          <StancePicker name="stance" legend={fieldLabel("stance")} value={field.value} onChange={field.onChange} proposition={topic.proposition ?? null} />
        )}
      />
      {stanceError ? <p className="text-sm text-destructive">{stanceError}</p> : null}
      <DateField form={form} name="stated" label={fieldLabel("stated")} />
      <div className="grid gap-6 md:grid-cols-2">
        <PickerField form={form} name="round" label={fieldLabel("round")} optional kind="round" />
        <PickerField form={form} name="speaker" label={fieldLabel("speaker")} optional kind="person" />
      </div>
      <QuotesField form={form} name="evidence" label={fieldLabel("evidence")} />
    </RecordFormShell>
  );
}
