// Reverting sources and demands (articles, evidence, demands) to an earlier version: the audited record at
// that version is written back through the ordinary update, so the same rules apply (an article body that
// would lose a quote is still refused) and the change is audited as a REVERT.
import { isoDayOf } from "@parley/domain";
import type { Db } from "@parley/db";
import { DomainError } from "../errors/domain-error.js";
import { stateAtVersion, type Actor } from "../audit/audit.js";
import { updateDemand } from "../demand/update-demand.js";
import { updateArticle } from "../article/update-article.js";
import { updateEvidence } from "../evidence/update-evidence.js";

type Snapshot = Record<string, unknown> & { evidence?: { evidenceId: string }[]; evidenceIds?: string[] };
const day = (v: unknown) => (typeof v === "string" ? isoDayOf(v) : null);

/** A demand's quotes as its audit entries name them: `evidenceIds` (creation) or `evidence` rows (edits). */
const quoteIdsOf = (s: Snapshot) => s.evidenceIds ?? s.evidence?.map((e) => e.evidenceId);

interface HistoryRow {
  id: string;
  demandStatus: string;
  changedOn: string | null;
  datePrecision: string;
  roundId: string | null;
  evidenceId: string | null;
  note: string | null;
  createdAt: string;
}
/** A demand's status history, when its audit entry holds one (entries before histories were audited do not). */
const historyOf = (s: Snapshot) =>
  Array.isArray(s.history)
    ? (s.history as HistoryRow[]).map((c) => ({
        id: c.id,
        status: c.demandStatus,
        changed: { on: day(c.changedOn), precision: c.datePrecision },
        roundId: c.roundId,
        evidenceId: c.evidenceId,
        note: c.note,
        createdAt: c.createdAt,
      }))
    : undefined;

/**
 * The evidence at a version. Older re-anchoring entries kept only the offsets; the other fields are those
 * of the nearest earlier complete state (a re-anchoring changes nothing else). Null if none is complete.
 */
async function evidenceAt(db: Db, id: string, toVersion: number): Promise<Snapshot | null> {
  let s = (await stateAtVersion(db, "Evidence", id, toVersion)) as Snapshot | null;
  for (let v = toVersion - 1; s && !("attribution" in s) && v >= 1; v--) {
    const earlier = (await stateAtVersion(db, "Evidence", id, v)) as Snapshot | null;
    if (earlier) s = { ...earlier, ...s };
  }
  return s && "attribution" in s ? s : null;
}

export async function revertSource(
  db: Db,
  actor: Actor,
  type: "Article" | "Evidence" | "Demand",
  id: string,
  version: number,
  toVersion: number,
): Promise<string> {
  const s = (type === "Evidence" ? await evidenceAt(db, id, toVersion) : await stateAtVersion(db, type, id, toVersion)) as Snapshot | null;
  if (!s) throw new DomainError("NOT_FOUND", `No recorded version ${toVersion} of this ${type}.`, { parameter: "toVersion" });
  if (type === "Article") {
    await updateArticle(
      db,
      actor,
      id,
      version,
      {
        slug: s.slug,
        title: s.title,
        author: s.author,
        url: s.url,
        language: s.language,
        outletId: s.outletId,
        body: s.body,
        published: { on: day(s.publishedOn), precision: s.datePrecision },
      },
      "REVERT",
    );
  } else if (type === "Evidence") {
    await updateEvidence(
      db,
      actor,
      id,
      version,
      {
        translation: s.translation,
        translationLanguage: s.translationLanguage,
        attribution: s.attribution,
        confidence: s.confidence,
        speakerId: s.speakerPersonId,
        speakerPartyId: s.speakerPartyId,
        note: s.note,
      },
      "REVERT",
    );
  } else {
    await updateDemand(
      db,
      actor,
      id,
      version,
      {
        toPartyId: s.toPartyId,
        topicId: s.topicId,
        roundId: s.roundId,
        summary: s.summary,
        raised: { on: day(s.raisedOn), precision: s.datePrecision },
        ...(quoteIdsOf(s) ? { evidenceIds: quoteIdsOf(s) } : {}),
        ...(historyOf(s) ? { history: historyOf(s) } : {}),
      },
      "REVERT",
    );
  }
  return id;
}
