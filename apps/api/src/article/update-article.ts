// Changing an article: a new body re-anchors its quotes that still occur in the new text, and is refused
// when any quote would be left pointing at text that is gone (see docs/editing.md).
import { type Db } from "@parley/db";
import { articleTitleKey, articleUrlKey, reanchor, textQuoteSelector } from "@parley/domain";
import { type Actor, type ChangeAction, recordAudit, transaction } from "../audit/audit.js";
import { deletedError } from "../record-engine/deleted-error.js";
import { inputError, parseInput } from "../validation/parse-input.js";
import { claimAndLoad } from "../versioning/claim-version.js";
import { articleInput, hash } from "./create-article.js";

/** Updates an article; a new body re-anchors every quote or, if any quote's text is gone, changes nothing. */
export async function updateArticle(
  db: Db,
  actor: Actor,
  id: string,
  version: number,
  patch: unknown,
  action: ChangeAction = "UPDATE",
): Promise<{ id: string; reanchored: number }> {
  return transaction(db, async (tx) => {
    const { newVersion, before } = await claimAndLoad(tx, "Article", id, version, () => tx.article.findUnique({ where: { id } }));
    if (before.deletedAt) throw deletedError("Article");
    const v = parseInput(articleInput.partial(), patch);
    let reanchored = 0;
    const body = v.body;
    if (body !== undefined && body !== before.body) {
      const quotes = await tx.evidence.findMany({ where: { articleId: id } });
      const moves = quotes.map((q) => ({
        q,
        to: reanchor(body, { start: q.startOffset, end: q.endOffset, text: q.quote }, { prefix: q.quotePrefix, suffix: q.quoteSuffix }),
      }));
      const lost = moves.flatMap((m) => (m.to === null ? [m.q] : []));
      const [firstLost] = lost;
      if (firstLost) {
        throw inputError(
          ["body"],
          `${lost.length} quote(s) would no longer be in the text (e.g. "${firstLost.quote.slice(0, 60)}"); remove or change those quotes first.`,
          {
            lostEvidenceIds: lost.map((q) => q.id),
          },
        );
      }
      for (const { q, to } of moves) {
        if (!to) continue;
        const selector = textQuoteSelector(body, to.start, to.end);
        if (to.start === q.startOffset && selector.prefix === q.quotePrefix && selector.suffix === q.quoteSuffix) continue;
        // The whole record before and after, like every evidence entry: a revert or positionAsOf reads it back.
        const moved = await tx.evidence.update({
          where: { id: q.id },
          data: { startOffset: to.start, endOffset: to.end, quotePrefix: selector.prefix, quoteSuffix: selector.suffix, version: { increment: 1 } },
        });
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
        ...(v.title !== undefined ? { title: v.title, titleKey: articleTitleKey(v.title) } : {}),
        ...(v.author !== undefined ? { author: v.author } : {}),
        ...(v.url !== undefined ? { url: v.url, urlKey: v.url ? articleUrlKey(v.url) : null } : {}),
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
