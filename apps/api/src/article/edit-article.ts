// Evidence is created from an article plus a character range, or from exact text the server finds in the
// body. Changing an article's body re-anchors its quotes that still occur in the new text and rejects the
// change when any quote would be left pointing at text that is gone (see docs/editing.md).
import { createHash } from "node:crypto";
import { z } from "zod";
import { checkSpan, occurrences, reanchor } from "@parley/domain";
import { type Db, Attribution, Confidence } from "@parley/db";
import { DomainError } from "../errors/domain-error.js";
import { type Actor, recordAudit, transaction, type Tx } from "../audit/audit.js";
import { LIMITS, partialDate, text, uuid } from "../validation/field-rules.js";
import { inputError, parseInput } from "../validation/parse-input.js";
import { claimVersion } from "../versioning/claim-version.js";


export const evidenceInput = z
  .object({
    articleId: uuid,
    start: z.number().int().nonnegative().nullish(),
    end: z.number().int().positive().nullish(),
    text: z.string().min(1).max(LIMITS.quote).nullish(),
    /** Which occurrence of `text` (1-based) when it appears more than once. */
    occurrence: z.number().int().positive().nullish(),
    translation: text(LIMITS.quote).nullish(),
    translationLanguage: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/).nullish(),
    attribution: z.enum(Attribution),
    confidence: z.enum(Confidence).default("MEDIUM"),
    speakerId: uuid.nullish(),
    speakerPartyId: uuid.nullish(),
    note: text(LIMITS.note).nullish(),
  })
  .superRefine((v, ctx) => {
    if (v.translationLanguage && !v.translation) ctx.addIssue({ code: "custom", message: "give the translation too", path: ["translation"] });
    const range = v.start != null || v.end != null;
    if (range && (v.start == null || v.end == null)) ctx.addIssue({ code: "custom", message: "give both start and end", path: [v.start == null ? "start" : "end"] });
    if (!range && !v.text) ctx.addIssue({ code: "custom", message: "give a character range (start, end) or the exact text", path: ["text"] });
  });


export async function createEvidence(db: Db, actor: Actor, input: unknown): Promise<string> {
  const v = parseInput(evidenceInput, input);
  return transaction(db, async (tx) => {
    const article = await tx.article.findFirst({ where: { id: v.articleId, deletedAt: null }, select: { body: true } });
    if (!article) throw inputError(["articleId"], "no such article.");
    let start: number;
    let end: number;
    if (v.start != null && v.end != null) {
      const problem = checkSpan(article.body, { start: v.start, end: v.end, text: v.text ?? article.body.slice(v.start, v.end) });
      if (problem) throw inputError([problem.kind === "MISMATCH" ? "text" : "start"], problem.message);
      [start, end] = [v.start, v.end];
    } else {
      const found = occurrences(article.body, v.text!);
      if (found.length === 0) throw inputError(["text"], "this text does not occur in the article.");
      if (found.length > 1 && v.occurrence == null) {
        throw inputError(["occurrence"], `the text occurs ${found.length} times in the article; say which one.`);
      }
      const at = found[(v.occurrence ?? 1) - 1];
      if (at === undefined) throw inputError(["occurrence"], `the text occurs only ${found.length} times.`);
      [start, end] = [at, at + v.text!.length];
    }
    const existing = await tx.evidence.findFirst({ where: { articleId: v.articleId, startOffset: start, endOffset: end }, select: { id: true } });
    if (existing) throw new DomainError("CONFLICT", "This passage is already evidence; link the existing quote instead.", { parameter: "input", details: { existingId: existing.id } });
    const created = await tx.evidence.create({
      data: {
        articleId: v.articleId,
        startOffset: start,
        endOffset: end,
        quote: article.body.slice(start, end),
        translation: v.translation ?? null,
        translationLanguage: v.translation ? (v.translationLanguage ?? "en") : null,
        attribution: v.attribution,
        confidence: v.confidence,
        speakerPersonId: v.speakerId ?? null,
        speakerPartyId: v.speakerPartyId ?? null,
        note: v.note ?? null,
      },
    });
    await recordAudit(tx, actor, { action: "CREATE", entityType: "Evidence", entityId: created.id, version: created.version, before: null, after: created });
    return created.id;
  });
}

export const articleInput = z.object({
  title: text(LIMITS.title),
  author: text(LIMITS.name).nullish(),
  url: z.string().url().max(2_000).nullish(),
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, "must be a language tag such as nl or en"),
  published: partialDate,
  body: z.string().min(1, "must not be empty").max(LIMITS.body, `must be at most ${LIMITS.body} characters`),
  outletId: uuid.nullish(),
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(100),
});

const hash = (body: string) => createHash("sha256").update(body).digest("hex");

export async function createArticle(db: Db, actor: Actor, input: unknown): Promise<string> {
  const v = parseInput(articleInput, input);
  return transaction(db, async (tx) => {
    if (await tx.article.findUnique({ where: { slug: v.slug }, select: { id: true } })) {
      throw inputError(["slug"], `"${v.slug}" is already taken.`);
    }
    const created = await tx.article.create({
      data: { slug: v.slug, title: v.title, author: v.author ?? null, url: v.url ?? null, language: v.language, publishedOn: v.published.on, datePrecision: v.published.precision, body: v.body, bodyHash: hash(v.body), outletId: v.outletId ?? null },
    });
    await recordAudit(tx, actor, { action: "CREATE", entityType: "Article", entityId: created.id, version: created.version, before: null, after: created });
    return created.id;
  });
}

/** Updates an article; a new body re-anchors every quote or, if any quote's text is gone, changes nothing. */
export async function updateArticle(db: Db, actor: Actor, id: string, version: number, patch: unknown, action: "UPDATE" | "REVERT" = "UPDATE"): Promise<{ id: string; reanchored: number }> {
  return transaction(db, async (tx) => {
    const load = () => tx.article.findUnique({ where: { id } });
    const newVersion = await claimVersion(tx, "Article", id, version, load);
    const before = (await load())!;
    if (before.deletedAt) throw deletedError("Article");
    const v = parseInput(articleInput.partial(), patch);
    let reanchored = 0;
    if (v.body !== undefined && v.body !== before.body) {
      const quotes = await tx.evidence.findMany({ where: { articleId: id } });
      const moves = quotes.map((q) => ({ q, to: reanchor(v.body!, { start: q.startOffset, end: q.endOffset, text: q.quote }) }));
      const lost = moves.filter((m) => m.to === null);
      if (lost.length > 0) {
        throw inputError(["body"], `${lost.length} quote(s) would no longer be in the text (e.g. "${lost[0]!.q.quote.slice(0, 60)}"); remove or change those quotes first.`, {
          lostEvidenceIds: lost.map((m) => m.q.id),
        });
      }
      for (const { q, to } of moves) {
        if (to!.start === q.startOffset) continue;
        // The whole record before and after, like every evidence entry: a revert or positionAsOf reads it back.
        const moved = await tx.evidence.update({ where: { id: q.id }, data: { startOffset: to!.start, endOffset: to!.end, version: { increment: 1 } } });
        await recordAudit(tx, actor, { action: "UPDATE", entityType: "Evidence", entityId: q.id, version: moved.version, before: q, after: moved });
        reanchored++;
      }
    }
    if (v.slug && v.slug !== before.slug && (await tx.article.findUnique({ where: { slug: v.slug }, select: { id: true } }))) {
      throw inputError(["slug"], `"${v.slug}" is already taken.`);
    }
    const after = await tx.article.update({
      where: { id },
      data: {
        ...(v.title !== undefined ? { title: v.title } : {}),
        ...(v.author !== undefined ? { author: v.author } : {}),
        ...(v.url !== undefined ? { url: v.url } : {}),
        ...(v.language !== undefined ? { language: v.language } : {}),
        ...(v.published !== undefined ? { publishedOn: v.published.on, datePrecision: v.published.precision } : {}),
        ...(v.outletId !== undefined ? { outletId: v.outletId } : {}),
        ...(v.slug !== undefined ? { slug: v.slug } : {}),
        ...(v.body !== undefined ? { body: v.body, bodyHash: hash(v.body) } : {}),
      },
    });
    await recordAudit(tx, actor, { action, entityType: "Article", entityId: id, version: newVersion, before, after });
    return { id, reanchored };
  });
}

const evidencePatch = z.object({
  translation: text(LIMITS.quote).nullish(),
  translationLanguage: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/).nullish(),
  attribution: z.enum(Attribution).optional(),
  confidence: z.enum(Confidence).optional(),
  speakerId: uuid.nullish(),
  speakerPartyId: uuid.nullish(),
  note: text(LIMITS.note).nullish(),
});

/** Edits what is said about a quote (translation, attribution, speaker); its span is fixed — mark a new one instead. */
export async function updateEvidence(db: Db, actor: Actor, id: string, version: number, patch: unknown, action: "UPDATE" | "REVERT" = "UPDATE"): Promise<string> {
  const v = parseInput(evidencePatch, patch);
  return transaction(db, async (tx) => {
    const load = () => tx.evidence.findUnique({ where: { id } });
    const newVersion = await claimVersion(tx, "Evidence", id, version, load);
    const before = (await load())!;
    if (before.deletedAt) throw deletedError("Evidence");
    const translation = v.translation === undefined ? before.translation : v.translation;
    if (v.translationLanguage && !translation) throw inputError(["translation"], "give the translation too.");
    const after = await tx.evidence.update({
      where: { id },
      data: {
        ...(v.translation !== undefined || v.translationLanguage !== undefined
          ? { translation, translationLanguage: translation ? (v.translationLanguage ?? before.translationLanguage ?? "en") : null }
          : {}),
        ...(v.attribution ? { attribution: v.attribution } : {}),
        ...(v.confidence ? { confidence: v.confidence } : {}),
        ...(v.speakerId !== undefined ? { speakerPersonId: v.speakerId } : {}),
        ...(v.speakerPartyId !== undefined ? { speakerPartyId: v.speakerPartyId } : {}),
        ...(v.note !== undefined ? { note: v.note } : {}),
      },
    });
    await recordAudit(tx, actor, { action, entityType: "Evidence", entityId: id, version: newVersion, before, after });
    return id;
  });
}

/** Editing a soft-deleted record is refused, as for positions and catalog records. */
export const deletedError = (type: "Article" | "Evidence" | "Demand") => new DomainError("BAD_USER_INPUT", `This ${type} is deleted; restore it before editing.`, { parameter: "id" });

/**
 * A live position or demand never rests on a deleted quote. Deleting a quote that still supports one is
 * refused, naming them (unlink the quote or delete them first) ...
 */
export async function refuseDeletingQuoteInUse(tx: Tx, evidenceId: string): Promise<void> {
  const [positions, demands] = await Promise.all([
    tx.position.findMany({ where: { deletedAt: null, evidence: { some: { evidenceId } } }, select: { id: true } }),
    tx.demand.findMany({ where: { deletedAt: null, evidence: { some: { evidenceId } } }, select: { id: true } }),
  ]);
  if (positions.length + demands.length === 0) return;
  throw new DomainError("BAD_USER_INPUT", `This quote supports ${positions.length} position(s) and ${demands.length} demand(s) that are not deleted; take it out of their quotes, or delete them, first.`, {
    parameter: "id",
    details: { positionIds: positions.map((p) => p.id), demandIds: demands.map((d) => d.id) },
  });
}

/** ... and restoring a position or demand whose quote was deleted meanwhile waits until the quote is restored. */
export async function refuseDeletedQuotes(tx: Tx, type: "Position" | "Demand", evidenceIds: string[]): Promise<void> {
  const deleted = await tx.evidence.findMany({ where: { id: { in: evidenceIds }, deletedAt: { not: null } }, select: { id: true } });
  if (deleted.length === 0) return;
  throw new DomainError("BAD_USER_INPUT", `This ${type.toLowerCase()} rests on ${deleted.length} deleted quote(s); restore those quotes first.`, {
    parameter: "id",
    details: { deletedEvidenceIds: deleted.map((e) => e.id) },
  });
}
