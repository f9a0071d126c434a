"use client";
// Create or edit a party: names, kind, note and every other spelling the sources use.
import { Controller, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { AliasesField } from "@/features/editing/aliases-field";
import { SelectField, TextAreaField, TextField } from "@/features/editing/form-fields";
import { useErrorText } from "@/features/editing/use-error-text";
import { RecordFormShell } from "@/features/editing/record-form-shell";
import { useRecordForm } from "@/features/editing/use-record-form";
import { useSlugSuggestion } from "@/features/editing/use-slug-suggestion";
import { PARTY_KINDS } from "@/features/editing/catalog-enums";
import { createParty, updateParty } from "./actions";
import { NOTE_MAX } from "@/features/editing/record-rules";
import { PARTY_FIELDS, partyDraftSchema, partyFormSchema, type PartyRecord } from "./party-form-schema";

export function PartyForm({ record, cancelHref }: { record: PartyRecord; cancelHref: string }) {
  const t = useTranslations("records");
  const tEnums = useTranslations("enums");
  const errorText = useErrorText();
  const id = record.id;
  const state = useRecordForm({
    draftId: id ?? "new-party",
    record,
    defaults: record.values,
    resolver: zodResolver(partyFormSchema),
    draftSchema: partyDraftSchema,
    fields: PARTY_FIELDS,
    save: (values, version) => (id ? updateParty(id, version, values) : createParty(values)),
  });
  const { form } = state;
  const [name, shortName] = useWatch({ control: form.control, name: ["name", "shortName"] });
  useSlugSuggestion(name, id === null && !form.getFieldState("slug", form.formState).isTouched, (slug) => form.setValue("slug", slug, { shouldDirty: true }));
  const label = (f: (typeof PARTY_FIELDS)[number]) => t(`fields.${f}`);
  return (
    <RecordFormShell
      state={state}
      label={id ? t("forms.party.edit") : t("forms.party.new")}
      fieldLabel={label}
      describe={(v, f) => (f === "aliases" ? v.aliases.join(", ") : f === "kind" ? tEnums(`PartyKind.${v.kind}`) : v[f])}
      cancelHref={cancelHref}
    >
      <div className="grid gap-6 md:grid-cols-2">
        <TextField form={form} name="name" label={label("name")} hint={t("hints.partyName")} />
        <TextField form={form} name="shortName" label={label("shortName")} optional />
        <TextField form={form} name="slug" label={label("slug")} hint={t("hints.slug")} />
        <SelectField form={form} name="kind" label={label("kind")} options={PARTY_KINDS.map((k) => ({ value: k, label: tEnums(`PartyKind.${k}`) }))} />
      </div>
      <Controller
        control={form.control}
        name="aliases"
        render={({ field, fieldState }) => (
          <AliasesField
            id="aliases"
            label={label("aliases")}
            ownNames={[name, shortName]}
            value={field.value}
            onChange={field.onChange}
            error={errorText(fieldState.error?.message ?? fieldState.error?.root?.message)}
          />
        )}
      />
      <TextAreaField form={form} name="description" label={label("description")} optional maxLength={NOTE_MAX} />
    </RecordFormShell>
  );
}
