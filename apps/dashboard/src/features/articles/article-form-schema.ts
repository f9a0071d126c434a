// The article details form's values and rules (client and server validate with the same schema): what
// is known about the article, not its body (changing the body re-anchors quotes; that is the ingest's).
import { z } from "zod";
import { partialDateFieldsSchema, partialDateSchema } from "@/features/editing/partial-date-value";
import { pickOptionSchema } from "@/features/editing/pick-option";
import { NAME_MAX, urlRule } from "@/features/editing/record-rules";
import type { FormRecord } from "@/features/editing/record-save";

export const TITLE_MAX = 500;

export const articleFormSchema = z.object({
  title: z.string().trim().min(1, "title.required").max(TITLE_MAX, "title.tooLong"),
  outlet: pickOptionSchema.nullable(),
  author: z.string().trim().max(NAME_MAX, "author.tooLong"),
  url: urlRule,
  language: z
    .string()
    .trim()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, "language.invalid"),
  published: partialDateSchema,
});
export type ArticleFormValues = z.infer<typeof articleFormSchema>;

export const articleDraftSchema = z.object({
  title: z.string(),
  outlet: pickOptionSchema.nullable(),
  author: z.string(),
  url: z.string(),
  language: z.string(),
  published: partialDateFieldsSchema,
});

export const ARTICLE_FIELDS = ["title", "outlet", "author", "url", "language", "published"] as const satisfies readonly (keyof ArticleFormValues)[];

export type ArticleRecord = FormRecord<ArticleFormValues>;
