"use client";
// Edit what is said about a quote: how the article attributes it, the editors' confidence, who speaks
// for which party, a translation and a note. The passage itself is shown, not edited: its span is fixed.
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { PickerField, SelectField, TextAreaField, TextField } from "@/features/editing/form-fields";
import { RecordFormShell } from "@/features/editing/record-form-shell";
import { useRecordForm } from "@/features/editing/use-record-form";
import { enumValues } from "@/lib/format/enums";
import { CONFIDENCES } from "./passage/passage-schema";
import { updateQuote } from "./quote-actions";
import { QUOTE_FIELDS, QUOTE_TEXT_MAX, quoteDraftSchema, quoteFormSchema, type QuoteField, type QuoteFormValues, type QuoteRecord } from "./quote-form-schema";

export function QuoteForm({ record, cancelHref }: { record: QuoteRecord; cancelHref: string }) {
  const t = useTranslations("editing");
  const tForm = useTranslations("editing.quoteForm");
  const tEnums = useTranslations("enums");
  const { id } = record;
  const state = useRecordForm({
    draftId: id,
    record,
    defaults: record.values,
    resolver: zodResolver(quoteFormSchema),
    draftSchema: quoteDraftSchema,
    fields: QUOTE_FIELDS,
    save: (values, version) => updateQuote(id, version, values),
  });
  const { form } = state;
  const label = (f: QuoteField) => t(`history.fields.${f}`);
  const describe = (v: QuoteFormValues, f: QuoteField): string => {
    switch (f) {
      case "attribution":
        return tEnums(`Attribution.${v.attribution}`);
      case "confidence":
        return tEnums(`Confidence.${v.confidence}`);
      case "speaker":
      case "speakerParty":
        return v[f]?.label ?? "";
      default:
        return v[f];
    }
  };
  return (
    <RecordFormShell state={state} label={tForm("title")} fieldLabel={label} describe={describe} cancelHref={cancelHref}>
      <figure className="rounded-md border bg-muted/40 p-4">
        <blockquote className="text-sm leading-relaxed">“{record.passage}”</blockquote>
        <figcaption className="mt-2 text-xs text-muted-foreground">{tForm("spanFixed", { title: record.article.title })}</figcaption>
      </figure>
      <div className="grid gap-6 md:grid-cols-2">
        <SelectField
          form={form}
          name="attribution"
          label={label("attribution")}
          options={enumValues.Attribution.map((v) => ({ value: v, label: tEnums(`Attribution.${v}`) }))}
        />
        <SelectField
          form={form}
          name="confidence"
          label={label("confidence")}
          options={CONFIDENCES.map((v) => ({ value: v, label: tEnums(`Confidence.${v}`) }))}
        />
        <PickerField form={form} name="speaker" label={label("speaker")} optional kind="person" creatable />
        <PickerField form={form} name="speakerParty" label={label("speakerParty")} optional kind="party" creatable />
      </div>
      <TextAreaField form={form} name="translation" label={label("translation")} optional maxLength={QUOTE_TEXT_MAX} />
      <TextField form={form} name="translationLanguage" label={label("translationLanguage")} hint={tForm("translationLanguageHint")} optional />
      <TextAreaField form={form} name="note" label={label("note")} hint={tForm("noteHint")} optional maxLength={QUOTE_TEXT_MAX} />
    </RecordFormShell>
  );
}
