// Marking a passage as evidence: by a character range, or by exact text the server finds in the body.
import { Attribution, Confidence, type Db } from "@parley/db";
import { checkSpan, occurrences, textQuoteSelector } from "@parley/domain";
import { z } from "zod";
import { type Actor, recordAudit, transaction } from "../audit/audit.js";
import { DomainError } from "../errors/domain-error.js";
import { LIMITS, text, uuid } from "../validation/field-rules.js";
import { inputError, parseInput } from "../validation/parse-input.js";

export const evidenceInput = z
  .object({
    articleId: uuid,
    start: z.number().int().nonnegative().nullish(),
    end: z.number().int().positive().nullish(),
    text: z.string().min(1).max(LIMITS.quote).nullish(),
    /** Which occurrence of `text` (1-based) when it appears more than once. */
    occurrence: z.number().int().positive().nullish(),
    translation: text(LIMITS.quote).nullish(),
    translationLanguage: z
      .string()
      .regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/)
      .nullish(),
    attribution: z.enum(Attribution),
    confidence: z.enum(Confidence).default("MEDIUM"),
    speakerId: uuid.nullish(),
    speakerPartyId: uuid.nullish(),
    note: text(LIMITS.note).nullish(),
  })
  .superRefine((v, ctx) => {
    if (v.translationLanguage && !v.translation) ctx.addIssue({ code: "custom", message: "give the translation too", path: ["translation"] });
    const range = v.start != null || v.end != null;
    if (range && (v.start == null || v.end == null))
      ctx.addIssue({ code: "custom", message: "give both start and end", path: [v.start == null ? "start" : "end"] });
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
      const text = v.text ?? "";
      const found = occurrences(article.body, text);
      if (found.length === 0) throw inputError(["text"], "this text does not occur in the article.");
      if (found.length > 1 && v.occurrence == null) {
        throw inputError(["occurrence"], `the text occurs ${found.length} times in the article; say which one.`);
      }
      const at = found[(v.occurrence ?? 1) - 1];
      if (at === undefined) throw inputError(["occurrence"], `the text occurs only ${found.length} times.`);
      [start, end] = [at, at + text.length];
    }
    const existing = await tx.evidence.findFirst({ where: { articleId: v.articleId, startOffset: start, endOffset: end }, select: { id: true } });
    if (existing)
      throw new DomainError("CONFLICT", "This passage is already evidence; link the existing quote instead.", {
        parameter: "input",
        details: { existingId: existing.id },
      });
    const selector = textQuoteSelector(article.body, start, end);
    const created = await tx.evidence.create({
      data: {
        articleId: v.articleId,
        startOffset: start,
        endOffset: end,
        quote: selector.exact,
        quotePrefix: selector.prefix,
        quoteSuffix: selector.suffix,
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
