"use client";
// Create or edit a demand: what is demanded, by whom of whom, on which topic, when and at which round,
// and the quotes behind it. The demanding party and the slug are set when it is created.
import { useRef } from "react";
import { Controller, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useLocale, useTranslations } from "next-intl";
import { Input } from "@/components/ui/input";
import { formatPartialDate } from "@/lib/format/partial-date";
import { FieldFrame, TEXTAREA_CLASS } from "@/features/editing/field-frame";
import { PartialDateInput } from "@/features/editing/partial-date-input";
import { partialDateSchema, toPartialDateInput, type PartialDateFields } from "@/features/editing/partial-date-value";
import { QuoteListField } from "@/features/editing/quote-list-field";
import { RecordPicker } from "@/features/editing/record-picker";
import { suggestSlug } from "@/features/editing/slug";
import { useErrorText } from "@/features/editing/use-error-text";
import { useRecordForm, type FormRecord } from "@/features/editing/use-nested-record-form";
import { createDemand, updateDemand } from "./actions";
import { DEMAND_FIELDS, DEMAND_SUMMARY_MAX, demandDraftSchema, demandFormSchema, type DemandField, type DemandFormValues } from "./demand-form-schema";

export function DemandForm({ record }: { record: FormRecord<DemandFormValues> }) {
  const t = useTranslations("talks");
  const tCommon = useTranslations("common");
  const locale = useLocale();
  const errorText = useErrorText();
  const creating = record.id === null;
  const form = useForm<DemandFormValues>({ resolver: zodResolver(demandFormSchema), defaultValues: record.values });
  const { control } = form;
  const slugEdited = useRef(!creating);

  const dateText = (d: PartialDateFields) => {
    const parsed = partialDateSchema.safeParse(d);
    return parsed.success ? formatPartialDate(toPartialDateInput(parsed.data), locale, tCommon("dateUnknown")) : "";
  };
  const label = (f: DemandField) => t(`demand.fields.${f}`);
  const describe = (v: DemandFormValues, f: DemandField): string => {
    switch (f) {
      case "summary":
      case "slug":
        return v[f];
      case "raised":
        return dateText(v.raised);
      case "evidence":
        return v.evidence.map((e) => `“${e.label}”`).join("\n");
      default:
        return v[f]?.label ?? "";
    }
  };
  const id = record.id;
  const editor = useRecordForm({
    form,
    record,
    draftId: id ?? "new-demand",
    draftSchema: demandDraftSchema,
    fields: DEMAND_FIELDS,
    save: (values, version) => (id ? updateDemand(id, version, values) : createDemand(values)),
    describe,
    label,
    focusTarget: (f) => (f === "raised" ? "raised.year" : f),
    submitLabel: creating ? t("demand.create") : undefined,
  });
  const errors = form.formState.errors;
  const error = (f: DemandField) => errorText(errors[f]?.message);

  return (
    <div className="space-y-6">
      {editor.conflictView}
      {editor.notices}
      <form
        onSubmit={editor.onSubmit}
        noValidate
        className="space-y-6"
        aria-label={creating ? t("demand.newTitle") : t("demand.editTitle")}
        hidden={editor.hidden}
        data-ready={editor.ready || undefined}
      >
        {editor.formErrorNode}
        <FieldFrame id="summary" label={label("summary")} error={error("summary")} hint={t("demand.summaryHint")}>
          {(ids) => (
            <Controller
              control={control}
              name="summary"
              render={({ field }) => (
                <textarea
                  {...field}
                  id={ids.id}
                  className={TEXTAREA_CLASS}
                  maxLength={DEMAND_SUMMARY_MAX}
                  aria-invalid={ids.invalid || undefined}
                  aria-describedby={ids.describedBy}
                  onChange={(e) => {
                    field.onChange(e);
                    if (!slugEdited.current) form.setValue("slug", suggestSlug(e.target.value), { shouldDirty: true });
                  }}
                />
              )}
            />
          )}
        </FieldFrame>
        {creating ? (
          <FieldFrame id="slug" label={label("slug")} error={error("slug")} hint={t("slugHint")}>
            {(ids) => (
              <Controller
                control={control}
                name="slug"
                render={({ field }) => (
                  <Input
                    {...field}
                    id={ids.id}
                    aria-invalid={ids.invalid || undefined}
                    aria-describedby={ids.describedBy}
                    onChange={(e) => {
                      slugEdited.current = true;
                      field.onChange(e);
                    }}
                  />
                )}
              />
            )}
          </FieldFrame>
        ) : null}
        <div className="grid gap-6 md:grid-cols-2">
          {creating ? (
            <FieldFrame id="from-picker" label={label("from")} error={error("from")}>
              {(ids) => (
                <Controller
                  control={control}
                  name="from"
                  render={({ field }) => (
                    <RecordPicker id={ids.id} kind="party" value={field.value} onChange={field.onChange} invalid={ids.invalid} describedBy={ids.describedBy} />
                  )}
                />
              )}
            </FieldFrame>
          ) : (
            <div className="space-y-2">
              <p className="text-sm font-medium">{label("from")}</p>
              <p className="text-sm">{record.values.from?.label}</p>
              <p className="text-xs text-muted-foreground">{t("demand.fromFixed")}</p>
            </div>
          )}
          <FieldFrame id="to-picker" label={label("to")} optional error={error("to")} hint={t("demand.toHint")}>
            {(ids) => (
              <Controller
                control={control}
                name="to"
                render={({ field }) => (
                  <RecordPicker
                    id={ids.id}
                    kind="party"
                    value={field.value}
                    onChange={field.onChange}
                    clearable
                    invalid={ids.invalid}
                    describedBy={ids.describedBy}
                  />
                )}
              />
            )}
          </FieldFrame>
          <FieldFrame id="topic-picker" label={label("topic")} error={error("topic")}>
            {(ids) => (
              <Controller
                control={control}
                name="topic"
                render={({ field }) => (
                  <RecordPicker
                    id={ids.id}
                    kind="topic"
                    value={field.value}
                    onChange={(v) => v && field.onChange(v)}
                    invalid={ids.invalid}
                    describedBy={ids.describedBy}
                  />
                )}
              />
            )}
          </FieldFrame>
          <FieldFrame id="round-picker" label={label("round")} optional error={error("round")}>
            {(ids) => (
              <Controller
                control={control}
                name="round"
                render={({ field }) => (
                  <RecordPicker
                    id={ids.id}
                    kind="round"
                    value={field.value}
                    onChange={field.onChange}
                    clearable
                    invalid={ids.invalid}
                    describedBy={ids.describedBy}
                  />
                )}
              />
            )}
          </FieldFrame>
        </div>
        <Controller
          control={control}
          name="raised"
          render={({ field }) => (
            <PartialDateInput
              id="raised"
              legend={label("raised")}
              value={field.value}
              onChange={field.onChange}
              errors={{
                precision: errors.raised?.message,
                year: errors.raised?.year?.message,
                month: errors.raised?.month?.message,
                day: errors.raised?.day?.message,
              }}
            />
          )}
        />
        <Controller
          control={control}
          name="evidence"
          render={({ field }) => (
            <QuoteListField id="quote-picker" legend={label("evidence")} value={field.value} onChange={field.onChange} error={error("evidence")} />
          )}
        />
        {editor.actions}
      </form>
    </div>
  );
}
