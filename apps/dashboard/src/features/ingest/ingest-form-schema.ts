// The ingest form: the text (pasted or read from a file) and its metadata. One schema for the form and
// its server action; messages are keys under "ingest.errors".
import { z } from "zod";
import { partialDateFieldsSchema, partialDateSchema } from "@/features/editing/partial-date-value";
import { pickOptionSchema } from "@/features/editing/pick-option";

export const BODY_MAX = 500_000;
export const INGEST_LANGUAGES = ["nl", "en", "uk", "ru", "de", "fr"] as const;
export const UPLOAD_TYPES = [".txt", ".md", ".html", ".htm"] as const;
export const UPLOAD_MAX_BYTES = 2_000_000;

const isUrl = (v: string) => {
  try {
    return ["http:", "https:"].includes(new URL(v).protocol);
  } catch {
    return false;
  }
};

export const ingestFormSchema = z
  .object({
    body: z.string().max(BODY_MAX, "body.tooLong"),
    title: z.string().max(500, "title.tooLong"),
    author: z.string().max(200, "author.tooLong"),
    url: z.string().max(2_000, "url.invalid"),
    language: z.enum(INGEST_LANGUAGES),
    outlet: pickOptionSchema.nullable(),
    newOutlet: z.string().max(200, "outlet.tooLong"),
    published: partialDateSchema,
  })
  .superRefine((v, ctx) => {
    if (!v.body.trim()) ctx.addIssue({ code: "custom", path: ["body"], message: "body.required" });
    if (!v.title.trim()) ctx.addIssue({ code: "custom", path: ["title"], message: "title.required" });
    if (v.url.trim() && !isUrl(v.url.trim())) ctx.addIssue({ code: "custom", path: ["url"], message: "url.invalid" });
  });

export type IngestFormValues = z.infer<typeof ingestFormSchema>;

/** What a reload brings back (a date may be half typed). */
export const ingestDraftSchema = z.object({
  body: z.string(),
  title: z.string(),
  author: z.string(),
  url: z.string(),
  language: z.enum(INGEST_LANGUAGES),
  outlet: pickOptionSchema.nullable(),
  newOutlet: z.string(),
  published: partialDateFieldsSchema,
});

export const INGEST_FIELDS = [
  "body",
  "title",
  "author",
  "url",
  "language",
  "outlet",
  "newOutlet",
  "published",
] as const satisfies readonly (keyof IngestFormValues)[];

export type DuplicateReason = "SAME_URL" | "SAME_TITLE" | "SIMILAR_BODY";

/** A stored article the warning lists (plain data for the client). */
export interface DuplicateView {
  slug: string;
  title: string;
  outlet: string | null;
  published: string;
  draft: boolean;
  reasons: DuplicateReason[];
  similarity: number | null;
}
