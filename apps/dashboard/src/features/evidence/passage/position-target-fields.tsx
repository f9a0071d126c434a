"use client";
// What a passage backs, positions: a new one (party, topic, stance against the topic's proposition,
// summary, date) or one that exists.
import { Controller, useFormContext, useWatch } from "react-hook-form";
import { useTranslations } from "next-intl";
import { StancePicker } from "@/features/positions/stance-picker";
import { PassageDate, PassagePicker, PassageText } from "./passage-fields";
import type { PassageValues } from "./passage-schema";

export function NewPositionFields() {
  const t = useTranslations("editing.passage.field");
  const { control } = useFormContext<PassageValues>();
  const topic = useWatch({ control, name: "topic" });
  return (
    <>
      <PassagePicker name="party" kind="party" label={t("party")} />
      <PassagePicker name="topic" kind="topic" label={t("topic")} />
      <Controller
        control={control}
        name="stance"
        render={({ field }) => (
          <StancePicker name="passage-stance" legend={t("stance")} value={field.value} onChange={field.onChange} proposition={topic?.proposition ?? null} />
        )}
      />
      <PassageText name="summary" label={t("summary")} multiline />
      <PassageDate name="stated" legend={t("stated")} />
    </>
  );
}

export function ExistingPositionFields() {
  const t = useTranslations("editing.passage.field");
  return <PassagePicker name="existing" kind="position" label={t("position")} />;
}
