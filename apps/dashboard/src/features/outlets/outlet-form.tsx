"use client";
// Create or edit an outlet: its name, web address, country and main language.
import { useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { TextField } from "@/features/editing/form-fields";
import { RecordFormShell } from "@/features/editing/record-form-shell";
import { useRecordForm } from "@/features/editing/use-record-form";
import { useSlugSuggestion } from "@/features/editing/use-slug-suggestion";
import { createOutlet, updateOutlet } from "./actions";
import { OUTLET_FIELDS, outletDraftSchema, outletFormSchema, type OutletRecord } from "./outlet-form-schema";

export function OutletForm({ record, cancelHref }: { record: OutletRecord; cancelHref: string }) {
  const t = useTranslations("records");
  const id = record.id;
  const state = useRecordForm({
    draftId: id ?? "new-outlet",
    record,
    defaults: record.values,
    resolver: zodResolver(outletFormSchema),
    draftSchema: outletDraftSchema,
    fields: OUTLET_FIELDS,
    save: (values, version) => (id ? updateOutlet(id, version, values) : createOutlet(values)),
  });
  const { form } = state;
  const name = useWatch({ control: form.control, name: "name" });
  useSlugSuggestion(name, id === null && !form.getFieldState("slug", form.formState).isTouched, (slug) => form.setValue("slug", slug, { shouldDirty: true }));
  const label = (f: (typeof OUTLET_FIELDS)[number]) => t(`fields.${f}`);
  return (
    <RecordFormShell
      state={state}
      label={id ? t("forms.outlet.edit") : t("forms.outlet.new")}
      fieldLabel={label}
      describe={(v, f) => v[f]}
      cancelHref={cancelHref}
    >
      <div className="grid gap-6 md:grid-cols-2">
        <TextField form={form} name="name" label={label("name")} />
        <TextField form={form} name="slug" label={label("slug")} hint={t("hints.slug")} />
        <TextField form={form} name="url" type="url" label={label("url")} hint={t("hints.url")} optional />
        <TextField form={form} name="country" label={label("country")} hint={t("hints.country")} optional maxLength={2} />
        <TextField form={form} name="language" label={label("language")} hint={t("hints.language")} optional />
      </div>
    </RecordFormShell>
  );
}
