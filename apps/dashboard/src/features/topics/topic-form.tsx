"use client";
// Create or edit a topic: its place in the tree (the broader topic, found as you type), the
// proposition stances are measured against, and every other name the sources use.
import { Controller, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { AliasesField } from "@/features/editing/aliases-field";
import { PickerField, TextAreaField, TextField } from "@/features/editing/form-fields";
import { useErrorText } from "@/features/editing/use-error-text";
import { RecordFormShell } from "@/features/editing/record-form-shell";
import { NOTE_MAX } from "@/features/editing/record-rules";
import { useRecordForm } from "@/features/editing/use-record-form";
import { useSlugSuggestion } from "@/features/editing/use-slug-suggestion";
import { createTopic, updateTopic } from "./actions";
import { PROPOSITION_MAX, TOPIC_FIELDS, topicDraftSchema, topicFormSchema, type TopicRecord } from "./topic-form-schema";

export function TopicForm({ record, cancelHref }: { record: TopicRecord; cancelHref: string }) {
  const t = useTranslations("records");
  const errorText = useErrorText();
  const id = record.id;
  const state = useRecordForm({
    draftId: id ?? "new-topic",
    record,
    defaults: record.values,
    resolver: zodResolver(topicFormSchema),
    draftSchema: topicDraftSchema,
    fields: TOPIC_FIELDS,
    save: (values, version) => (id ? updateTopic(id, version, values) : createTopic(values)),
  });
  const { form } = state;
  const name = useWatch({ control: form.control, name: "name" });
  useSlugSuggestion(name, id === null && !form.getFieldState("slug", form.formState).isTouched, (slug) => form.setValue("slug", slug, { shouldDirty: true }));
  const label = (f: (typeof TOPIC_FIELDS)[number]) => t(`fields.${f}`);
  return (
    <RecordFormShell
      state={state}
      label={id ? t("forms.topic.edit") : t("forms.topic.new")}
      fieldLabel={label}
      describe={(v, f) => (f === "aliases" ? v.aliases.join(", ") : f === "parent" ? (v.parent?.label ?? "") : v[f])}
      cancelHref={cancelHref}
    >
      <div className="grid gap-6 md:grid-cols-2">
        <TextField form={form} name="name" label={label("name")} />
        <TextField form={form} name="slug" label={label("slug")} hint={t("hints.slug")} />
      </div>
      <PickerField form={form} name="parent" label={label("parent")} optional hint={t("hints.parent")} kind="topic" creatable={false} />
      <TextAreaField form={form} name="proposition" label={label("proposition")} hint={t("hints.proposition")} optional maxLength={PROPOSITION_MAX} />
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
      <TextAreaField form={form} name="description" label={label("description")} optional maxLength={NOTE_MAX} />
    </RecordFormShell>
  );
}
