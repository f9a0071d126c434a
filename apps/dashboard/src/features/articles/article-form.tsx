"use client";
// Edit an article's details: title, outlet (found as you type), author, web address, language and the
// publication date as precise as the source gives it.
import { Controller } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useLocale, useTranslations } from "next-intl";
import { TextField } from "@/features/editing/form-fields";
import { FieldFrame } from "@/features/editing/field-frame";
import { useErrorText } from "@/features/editing/use-error-text";
import { PartialDateInput } from "@/features/editing/partial-date-input";
import { partialDateSchema, toPartialDateInput } from "@/features/editing/partial-date-value";
import { RecordPicker } from "@/features/editing/record-picker";
import { RecordFormShell } from "@/features/editing/record-form-shell";
import { useRecordForm } from "@/features/editing/use-record-form";
import { formatPartialDate } from "@/lib/format/partial-date";
import { updateArticleDetails } from "./actions";
import { ARTICLE_FIELDS, TITLE_MAX, articleDraftSchema, articleFormSchema, type ArticleFormValues, type ArticleRecord } from "./article-form-schema";

export function ArticleForm({ record, id, cancelHref }: { record: ArticleRecord; id: string; cancelHref: string }) {
  const t = useTranslations("records");
  const tCommon = useTranslations("common");
  const locale = useLocale();
  const errorText = useErrorText();
  const state = useRecordForm({
    draftId: id,
    record,
    defaults: record.values,
    resolver: zodResolver(articleFormSchema),
    draftSchema: articleDraftSchema,
    fields: ARTICLE_FIELDS,
    save: (values, version) => updateArticleDetails(id, version, values),
  });
  const { form } = state;
  const label = (f: (typeof ARTICLE_FIELDS)[number]) => t(`fields.${f}`);
  const describe = (v: ArticleFormValues, f: (typeof ARTICLE_FIELDS)[number]): string => {
    switch (f) {
      case "outlet":
        return v.outlet?.label ?? "";
      case "published": {
        const parsed = partialDateSchema.safeParse(v.published);
        return parsed.success ? formatPartialDate(toPartialDateInput(parsed.data), locale, tCommon("dateUnknown")) : "";
      }
      default:
        return v[f];
    }
  };
  const publishedErrors = form.formState.errors.published;
  return (
    <RecordFormShell state={state} label={t("forms.article.edit")} fieldLabel={label} describe={describe} cancelHref={cancelHref}>
      <TextField form={form} name="title" label={label("title")} maxLength={TITLE_MAX} />
      <div className="grid gap-6 md:grid-cols-2">
        <Controller
          control={form.control}
          name="outlet"
          render={({ field, fieldState }) => {
            const error = errorText(fieldState.error?.message);
            return (
              <FieldFrame id="outlet-picker" label={label("outlet")} optional error={error}>
                <RecordPicker
                  id="outlet-picker"
                  kind="outlet"
                  value={field.value}
                  onChange={field.onChange}
                  clearable
                  invalid={Boolean(error)}
                  describedBy={error ? "outlet-picker-error" : undefined}
                />
              </FieldFrame>
            );
          }}
        />
        <TextField form={form} name="author" label={label("author")} optional />
        <TextField form={form} name="url" type="url" label={label("url")} hint={t("hints.url")} optional />
        <TextField form={form} name="language" label={label("language")} hint={t("hints.language")} />
      </div>
      <Controller
        control={form.control}
        name="published"
        render={({ field }) => (
          <PartialDateInput
            id="published"
            legend={label("published")}
            value={field.value}
            onChange={field.onChange}
            errors={{
              precision: publishedErrors?.message,
              year: publishedErrors?.year?.message,
              month: publishedErrors?.month?.message,
              day: publishedErrors?.day?.message,
            }}
          />
        )}
      />
    </RecordFormShell>
  );
}
