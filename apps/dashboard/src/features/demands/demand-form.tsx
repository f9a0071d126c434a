"use client";
// Create or edit a demand: what is demanded, by whom of whom, on which topic, when and at which round,
// and the quotes behind it. The demanding party and the slug are set when it is created.
import { useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { DateField, PickerField, QuotesField, TextAreaField, TextField } from "@/features/editing/form-fields";
import { RecordFormShell } from "@/features/editing/record-form-shell";
import type { FormRecord } from "@/features/editing/record-save";
import { useDescribe } from "@/features/editing/use-describe";
import { useRecordForm } from "@/features/editing/use-record-form";
import { useSlugSuggestion } from "@/features/editing/use-slug-suggestion";
import { createDemand, updateDemand } from "./actions";
import { DEMAND_FIELDS, DEMAND_SUMMARY_MAX, demandDraftSchema, demandFormSchema, type DemandField, type DemandFormValues } from "./demand-form-schema";

export function DemandForm({ record }: { record: FormRecord<DemandFormValues> }) {
  const t = useTranslations("talks");
  const words = useDescribe();
  const id = record.id;
  const creating = id === null;
  const state = useRecordForm({
    draftId: id ?? "new-demand",
    record,
    defaults: record.values,
    resolver: zodResolver(demandFormSchema),
    draftSchema: demandDraftSchema,
    fields: DEMAND_FIELDS,
    save: (values, version) => (id ? updateDemand(id, version, values) : createDemand(values)),
    focusTarget: (f) => (f === "raised" ? "raised.year" : f),
  });
  const { form } = state;
  const summary = useWatch({ control: form.control, name: "summary" });
  useSlugSuggestion(summary, creating && !form.getFieldState("slug", form.formState).isTouched, (slug) => form.setValue("slug", slug, { shouldDirty: true }));
  const label = (f: DemandField) => t(`demand.fields.${f}`);
  const describe = (v: DemandFormValues, f: DemandField): string => {
    switch (f) {
      case "summary":
      case "slug":
        return v[f];
      case "raised":
        return words.date(v.raised);
      case "evidence":
        return words.quotes(v.evidence);
      default:
        return v[f]?.label ?? "";
    }
  };

  return (
    <RecordFormShell
      state={state}
      label={creating ? t("demand.newTitle") : t("demand.editTitle")}
      fieldLabel={label}
      describe={describe}
      submitLabel={creating ? t("demand.create") : undefined}
    >
      <TextAreaField form={form} name="summary" label={label("summary")} hint={t("demand.summaryHint")} maxLength={DEMAND_SUMMARY_MAX} />
      {creating ? <TextField form={form} name="slug" label={label("slug")} hint={t("slugHint")} /> : null}
      <div className="grid gap-6 md:grid-cols-2">
        {creating ? (
          <PickerField form={form} name="from" label={label("from")} kind="party" />
        ) : (
          <div className="space-y-2">
            <p className="text-sm font-medium">{label("from")}</p>
            <p className="text-sm">{record.values.from?.label}</p>
            <p className="text-xs text-muted-foreground">{t("demand.fromFixed")}</p>
          </div>
        )}
        <PickerField form={form} name="to" label={label("to")} optional hint={t("demand.toHint")} kind="party" />
        <PickerField form={form} name="topic" label={label("topic")} kind="topic" />
        <PickerField form={form} name="round" label={label("round")} optional kind="round" />
      </div>
      <DateField form={form} name="raised" label={label("raised")} />
      <QuotesField form={form} name="evidence" label={label("evidence")} />
    </RecordFormShell>
  );
}
