"use client";
// Create or edit a negotiation process: its name and the editors' description.
import { useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { TextAreaField, TextField } from "@/features/editing/form-fields";
import { RecordFormShell } from "@/features/editing/record-form-shell";
import { NOTE_MAX } from "@/features/editing/record-rules";
import { useRecordForm } from "@/features/editing/use-record-form";
import { useSlugSuggestion } from "@/features/editing/use-slug-suggestion";
import { createProcess, updateProcess } from "./actions";
import { PROCESS_FIELDS, processDraftSchema, processFormSchema, type ProcessRecord } from "./process-form-schema";

export function ProcessForm({ record, cancelHref }: { record: ProcessRecord; cancelHref: string }) {
  const t = useTranslations("records");
  const id = record.id;
  const state = useRecordForm({
    draftId: id ?? "new-process",
    record,
    defaults: record.values,
    resolver: zodResolver(processFormSchema),
    draftSchema: processDraftSchema,
    fields: PROCESS_FIELDS,
    save: (values, version) => (id ? updateProcess(id, version, values) : createProcess(values)),
  });
  const { form } = state;
  const name = useWatch({ control: form.control, name: "name" });
  useSlugSuggestion(name, id === null && !form.getFieldState("slug", form.formState).isTouched, (slug) => form.setValue("slug", slug, { shouldDirty: true }));
  const label = (f: (typeof PROCESS_FIELDS)[number]) => t(`fields.${f}`);
  return (
    <RecordFormShell
      state={state}
      label={id ? t("forms.process.edit") : t("forms.process.new")}
      fieldLabel={label}
      describe={(v, f) => v[f]}
      cancelHref={cancelHref}
    >
      <div className="grid gap-6 md:grid-cols-2">
        <TextField form={form} name="name" label={label("name")} />
        <TextField form={form} name="slug" label={label("slug")} hint={t("hints.slug")} />
      </div>
      <TextAreaField form={form} name="description" label={label("description")} optional maxLength={NOTE_MAX} />
    </RecordFormShell>
  );
}
