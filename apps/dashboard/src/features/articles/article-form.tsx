"use client";
// Edit an article's details: title, outlet (found as you type), author, web address, language and the
// publication date as precise as the source gives it.
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { DateField, PickerField, TextField } from "@/features/editing/form-fields";
import { RecordFormShell } from "@/features/editing/record-form-shell";
import { useDescribe } from "@/features/editing/use-describe";
import { useRecordForm } from "@/features/editing/use-record-form";
import { updateArticleDetails } from "./actions";
import { ARTICLE_FIELDS, TITLE_MAX, articleDraftSchema, articleFormSchema, type ArticleFormValues, type ArticleRecord } from "./article-form-schema";

export function ArticleForm({ record, id, cancelHref }: { record: ArticleRecord; id: string; cancelHref: string }) {
  const t = useTranslations("records");
  const words = useDescribe();
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
      case "published":
        return words.date(v.published);
      default:
        return v[f];
    }
  };
  return (
    <RecordFormShell state={state} label={t("forms.article.edit")} fieldLabel={label} describe={describe} cancelHref={cancelHref}>
      <TextField form={form} name="title" label={label("title")} maxLength={TITLE_MAX} />
      <div className="grid gap-6 md:grid-cols-2">
        <PickerField form={form} name="outlet" label={label("outlet")} optional kind="outlet" />
        <TextField form={form} name="author" label={label("author")} optional />
        <TextField form={form} name="url" type="url" label={label("url")} hint={t("hints.url")} optional />
        <TextField form={form} name="language" label={label("language")} hint={t("hints.language")} />
      </div>
      <DateField form={form} name="published" label={label("published")} />
    </RecordFormShell>
  );
}
