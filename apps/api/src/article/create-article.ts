// Ingesting an article (as a draft).
import { type Db } from "@parley/db";
import { articleTitleKey, articleUrlKey, slugify } from "@parley/domain";
import { createHash } from "node:crypto";
import { z } from "zod";
import { type Actor, recordAudit, transaction, type Tx } from "../audit/audit.js";
import { LIMITS, partialDate, text, uuid } from "../validation/field-rules.js";
import { inputError, parseInput } from "../validation/parse-input.js";

export const articleInput = z.object({
  title: text(LIMITS.title),
  author: text(LIMITS.name).nullish(),
  url: z.string().url().max(2_000).nullish(),
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, "must be a language tag such as nl or en"),
  published: partialDate,
  body: z.string().min(1, "must not be empty").max(LIMITS.body, `must be at most ${LIMITS.body} characters`),
  outletId: uuid.nullish(),
  slug: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
    .max(100),
});

/** On create the slug may be left out: it is then made from the title, numbered when already taken. */
const newArticleInput = articleInput.extend({ slug: articleInput.shape.slug.optional() });

async function freeSlug(tx: Tx, title: string): Promise<string> {
  const base = slugify(title) || "article";
  const taken = new Set((await tx.article.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((a) => a.slug));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

export const hash = (body: string) => createHash("sha256").update(body).digest("hex");

export async function createArticle(db: Db, actor: Actor, input: unknown): Promise<string> {
  const v = parseInput(newArticleInput, input);
  return transaction(db, async (tx) => {
    if (v.slug && (await tx.article.findUnique({ where: { slug: v.slug }, select: { id: true } }))) {
      throw inputError(["slug"], `"${v.slug}" is already taken.`);
    }
    const created = await tx.article.create({
      data: {
        slug: v.slug ?? (await freeSlug(tx, v.title)),
        title: v.title,
        titleKey: articleTitleKey(v.title),
        author: v.author ?? null,
        url: v.url ?? null,
        urlKey: v.url ? articleUrlKey(v.url) : null,
        language: v.language,
        publishedOn: v.published.on,
        datePrecision: v.published.precision,
        body: v.body,
        bodyHash: hash(v.body),
        outletId: v.outletId ?? null,
      },
    });
    await recordAudit(tx, actor, { action: "CREATE", entityType: "Article", entityId: created.id, version: created.version, before: null, after: created });
    return created.id;
  });
}
