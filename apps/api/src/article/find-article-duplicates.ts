// Before an article is stored: which stored articles are (probably) the same one? The same URL, the same
// title (both by their keys in @parley/domain), or a near-identical body (pg_trgm similarity, GIN-indexed).
import { type Db } from "@parley/db";
import { articleTitleKey, articleUrlKey, NEAR_IDENTICAL_BODY } from "@parley/domain";
import { z } from "zod";
import { LIMITS } from "../validation/field-rules.js";
import { parseInput } from "../validation/parse-input.js";

export type DuplicateReason = "SAME_URL" | "SAME_TITLE" | "SIMILAR_BODY";

export interface ArticleDuplicate {
  articleId: string;
  reasons: DuplicateReason[];
  /** pg_trgm similarity of the bodies (0–1), when a body was given. */
  bodySimilarity: number | null;
}

/** At most this many matches: a warning lists them, it is not a search. */
export const MAX_DUPLICATES = 10;

const duplicateQuery = z.object({
  url: z.string().max(2_000).nullish(),
  title: z.string().max(LIMITS.title).nullish(),
  body: z.string().max(LIMITS.body, `must be at most ${LIMITS.body} characters`).nullish(),
});

interface Row {
  id: string;
  sameUrl: boolean;
  sameTitle: boolean;
  similarity: number | null;
}

export async function findArticleDuplicates(db: Db, input: unknown): Promise<ArticleDuplicate[]> {
  const v = parseInput(duplicateQuery, input);
  const urlKey = v.url ? articleUrlKey(v.url) : null;
  const titleKey = v.title ? articleTitleKey(v.title) || null : null;
  const body = v.body?.trim() ? v.body : null;
  if (!urlKey && !titleKey && !body) return [];
  // `%` is the index-assisted trigram match (pg_trgm's default threshold, 0.3); the stricter
  // near-identical threshold is applied on what it finds. Soft-deleted articles are left out.
  const rows = await db.$queryRaw<Row[]>`
    SELECT a.id,
           coalesce(a."urlKey" = ${urlKey}::text, false) AS "sameUrl",
           coalesce(a."titleKey" = ${titleKey}::text, false) AS "sameTitle",
           CASE WHEN ${body}::text IS NULL THEN NULL ELSE similarity(a.body, ${body}::text) END AS similarity
    FROM "Article" a
    WHERE a."deletedAt" IS NULL
      AND (a."urlKey" = ${urlKey}::text
        OR a."titleKey" = ${titleKey}::text
        OR (a.body % ${body}::text AND similarity(a.body, ${body}::text) >= ${NEAR_IDENTICAL_BODY}))
    ORDER BY (a."urlKey" = ${urlKey}::text) IS TRUE DESC, similarity DESC NULLS LAST, a.id
    LIMIT ${MAX_DUPLICATES}`;
  return rows.map((r) => {
    const similar = r.similarity !== null && r.similarity >= NEAR_IDENTICAL_BODY;
    const reasons: DuplicateReason[] = [
      ...(r.sameUrl ? ["SAME_URL" as const] : []),
      ...(r.sameTitle ? ["SAME_TITLE" as const] : []),
      ...(similar ? ["SIMILAR_BODY" as const] : []),
    ];
    return { articleId: r.id, reasons, bodySimilarity: r.similarity === null ? null : Number(r.similarity) };
  });
}
