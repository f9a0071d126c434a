"use client";
// Create or edit a person: the canonical spelling, every other spelling the sources use, and their
// roles over time.
import { Controller, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useLocale, useTranslations } from "next-intl";
import { AliasesField } from "@/features/editing/aliases-field";
import { TextAreaField, TextField } from "@/features/editing/form-fields";
import { useErrorText } from "@/features/editing/use-error-text";
import { partialDateSchema, toPartialDateInput, type PartialDateFields } from "@/features/editing/partial-date-value";
import { RecordFormShell } from "@/features/editing/record-form-shell";
import { NOTE_MAX } from "@/features/editing/record-rules";
import { useRecordForm } from "@/features/editing/use-record-form";
import { useSlugSuggestion } from "@/features/editing/use-slug-suggestion";
import { formatPartialDate } from "@/lib/format/partial-date";
import { createPerson, updatePerson } from "./actions";
import { PERSON_FIELDS, personDraftSchema, personFormSchema, type PersonFormValues, type PersonRecord } from "./person-form-schema";
import { PersonRolesField } from "./person-roles-field";

export function PersonForm({ record, cancelHref }: { record: PersonRecord; cancelHref: string }) {
  const t = useTranslations("records");
  const tCommon = useTranslations("common");
  const locale = useLocale();
  const errorText = useErrorText();
  const id = record.id;
  const state = useRecordForm({
    draftId: id ?? "new-person",
    record,
    defaults: record.values,
    resolver: zodResolver(personFormSchema),
    draftSchema: personDraftSchema,
    fields: PERSON_FIELDS,
    save: (values, version) => (id ? updatePerson(id, version, values) : createPerson(values)),
  });
  const { form } = state;
  const name = useWatch({ control: form.control, name: "name" });
  useSlugSuggestion(name, id === null && !form.getFieldState("slug", form.formState).isTouched, (slug) => form.setValue("slug", slug, { shouldDirty: true }));
  const label = (f: (typeof PERSON_FIELDS)[number]) => t(`fields.${f}`);
  const date = (d: PartialDateFields) => {
    const parsed = partialDateSchema.safeParse(d);
    return parsed.success ? formatPartialDate(toPartialDateInput(parsed.data), locale, tCommon("dateUnknown")) : "";
  };
  const describe = (v: PersonFormValues, f: (typeof PERSON_FIELDS)[number]): string => {
    switch (f) {
      case "aliases":
        return v.aliases.join(", ");
      case "roles":
        return v.roles.map((r) => [r.title, r.party?.label, `${date(r.start)} – ${date(r.end)}`].filter(Boolean).join(" · ")).join("\n");
      default:
        return v[f];
    }
  };
  return (
    <RecordFormShell state={state} label={id ? t("forms.person.edit") : t("forms.person.new")} fieldLabel={label} describe={describe} cancelHref={cancelHref}>
      <div className="grid gap-6 md:grid-cols-2">
        <TextField form={form} name="name" label={label("name")} hint={t("hints.personName")} />
        <TextField form={form} name="slug" label={label("slug")} hint={t("hints.slug")} />
      </div>
      <Controller
        control={form.control}
        name="aliases"
        render={({ field, fieldState }) => (
          <AliasesField
            id="aliases"
            label={label("aliases")}
            ownNames={[name]}
            value={field.value}
            onChange={field.onChange}
            error={errorText(fieldState.error?.message ?? fieldState.error?.root?.message)}
          />
        )}
      />
      <PersonRolesField form={form} />
      <TextAreaField form={form} name="description" label={label("description")} optional maxLength={NOTE_MAX} />
    </RecordFormShell>
  );
}
