"use server";
// Server actions over the API's article mutation, for its details (the body is left as it is).
import { UpdateArticleDetailsDocument } from "@/generated/graphql";
import { apiRequest } from "@/lib/api";
import { toPartialDateInput } from "@/features/editing/partial-date-value";
import type { SaveRecordResult } from "@/features/editing/record-save";
import { orNull, saveRecord } from "@/features/editing/save-record";
import { articleFormSchema, type ArticleFormValues } from "./article-form-schema";
import { loadArticleRecord } from "./article-record";

export async function updateArticleDetails(id: string, version: number, values: ArticleFormValues): Promise<SaveRecordResult<ArticleFormValues>> {
  return saveRecord({
    schema: articleFormSchema,
    values,
    write: async (v) => {
      const input = {
        title: v.title,
        outlet: v.outlet?.id ?? null,
        author: orNull(v.author),
        url: orNull(v.url),
        language: v.language,
        published: toPartialDateInput(v.published),
      };
      const a = (await apiRequest(UpdateArticleDetailsDocument, { id, version, input })).updateArticle;
      return `/articles/${a.slug}`;
    },
    reload: () => loadArticleRecord(id),
  });
}
