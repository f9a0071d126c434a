"use server";
// Ingesting: read an uploaded file (HTML reduced to text here, on the server), look for duplicates, and
// store the article (with a new outlet first, when one was typed). Storing warns before a duplicate
// unless the editor chose to store it anyway.
import { getTranslations } from "next-intl/server";
import { IngestArticleDocument, IngestDuplicatesDocument, IngestOutletDocument } from "@/generated/graphql";
import { apiRequest, ApiError } from "@/lib/api";
import { getFormat } from "@/lib/format";
import type { ActionResult } from "@/features/editing/action-result";
import { toPartialDateInput } from "@/features/editing/partial-date-value";
import { runAction } from "@/features/editing/run-action";
import { htmlToArticle, type ExtractedArticle } from "./html-to-text";
import { ingestFormSchema, UPLOAD_MAX_BYTES, UPLOAD_TYPES, type DuplicateView, type IngestFormValues } from "./ingest-form-schema";

export type IngestOutcome = { stored: true; slug: string } | { stored: false; duplicates: DuplicateView[] };

const refusal = async (field: string, key: string): Promise<{ ok: false; code: "BAD_USER_INPUT"; field: string; message: string }> => {
  const t = await getTranslations("ingest");
  return { ok: false, code: "BAD_USER_INPUT", field, message: t(`errors.${key}`) };
};

/** The text (and whatever metadata the file states) of an uploaded .txt, .md or .html file. */
export async function readArticleFile(formData: FormData): Promise<ActionResult<ExtractedArticle>> {
  const file = formData.get("file");
  if (!(file instanceof File)) return refusal("body", "file.missing");
  const name = file.name.toLowerCase();
  const type = UPLOAD_TYPES.find((ext) => name.endsWith(ext));
  if (!type) return refusal("body", "file.type");
  if (file.size > UPLOAD_MAX_BYTES) return refusal("body", "file.tooLarge");
  const text = (await file.text()).replace(/^\uFEFF/, "");
  if (type === ".html" || type === ".htm") return { ok: true, value: htmlToArticle(text) };
  // Plain text and Markdown are the text as written: line breaks normalised, nothing else touched.
  return { ok: true, value: { body: text.replace(/\r\n?/g, "\n"), title: null, author: null, language: null, publishedOn: null, siteName: null } };
}

const outletSlug = (name: string) =>
  name
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80) || "outlet";

async function createOutlet(name: string, language: string): Promise<string> {
  const base = outletSlug(name);
  for (let n = 1; ; n++) {
    try {
      return (await apiRequest(IngestOutletDocument, { input: { name, slug: n === 1 ? base : `${base}-${n}`, language } })).createOutlet.id;
    } catch (error) {
      // Only a taken slug is worth another try; anything else is the editor's to see.
      if (!(error instanceof ApiError && error.code === "BAD_USER_INPUT" && error.field?.endsWith("slug") && n < 5)) {
        throw error instanceof ApiError && error.field ? new ApiError(error.code, error.message, "newOutlet") : error;
      }
    }
  }
}

export async function ingestArticle(values: IngestFormValues, storeAnyway: boolean): Promise<ActionResult<IngestOutcome>> {
  const parsed = ingestFormSchema.safeParse(values);
  if (!parsed.success) {
    const t = await getTranslations("editing");
    return { ok: false, code: "BAD_USER_INPUT", field: parsed.error.issues[0]?.path.map(String).join("."), message: t("errors.invalid") };
  }
  const v = parsed.data;
  const url = v.url.trim() || null;
  const title = v.title.trim();
  return runAction(async (): Promise<IngestOutcome> => {
    if (!storeAnyway) {
      const found = (await apiRequest(IngestDuplicatesDocument, { url, title, body: v.body })).articleDuplicates;
      if (found.length > 0) {
        const format = await getFormat();
        return {
          stored: false,
          duplicates: found.map((d) => ({
            slug: d.article.slug,
            title: d.article.title,
            outlet: d.article.outlet?.name ?? null,
            published: format.partialDate(d.article.published),
            draft: d.article.status === "DRAFT",
            reasons: d.reasons,
            similarity: d.bodySimilarity ?? null,
          })),
        };
      }
    }
    const outletId = v.outlet?.id ?? (v.newOutlet.trim() ? await createOutlet(v.newOutlet.trim(), v.language) : null);
    const created = await apiRequest(IngestArticleDocument, {
      input: {
        title,
        body: v.body,
        language: v.language,
        published: toPartialDateInput(v.published),
        ...(v.author.trim() ? { author: v.author.trim() } : {}),
        ...(url ? { url } : {}),
        ...(outletId ? { outlet: outletId } : {}),
      },
    });
    return { stored: true, slug: created.createArticle.slug };
  });
}
