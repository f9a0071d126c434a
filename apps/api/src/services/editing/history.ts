// History that follows relations: a position as it stood at an instant, with the quotes it had then (their
// ids and their text, attribution and translation as they were), rebuilt from the audit log — each entry
// holds the whole record before and after.
import type { Attribution, Confidence, Db, DatePrecision, EditorialStatus, Evidence, Movement, Stance } from "@parley/db";

export interface PositionState {
  version: number;
  stance: Stance;
  movement: Movement;
  summary: string;
  statedOn: Date | null;
  datePrecision: DatePrecision;
  status: EditorialStatus;
  deletedAt: Date | null;
  evidenceIds: string[];
}

export interface EvidenceState {
  id: string;
  articleId: string;
  version: number;
  startOffset: number;
  endOffset: number;
  quote: string;
  translation: string | null;
  translationLanguage: string | null;
  attribution: Attribution;
  confidence: Confidence;
  note: string | null;
  status: EditorialStatus;
  deletedAt: Date | null;
}

type Json = Record<string, unknown>;

/**
 * A record's audited state at an instant: what the last change up to then left, else what the first later
 * change started from. `undefined` when the record has no audit entry at all; null when it did not exist then.
 */
async function auditedStateAt(db: Db, entityType: string, entityId: string, at: Date): Promise<Json | null | undefined> {
  const [lastBefore, firstAfter] = await Promise.all([
    db.auditEntry.findFirst({ where: { entityType, entityId, at: { lte: at } }, orderBy: [{ at: "desc" }, { id: "desc" }], select: { after: true } }),
    db.auditEntry.findFirst({ where: { entityType, entityId, at: { gt: at } }, orderBy: [{ at: "asc" }, { id: "asc" }], select: { before: true } }),
  ]);
  if (lastBefore?.after) return lastBefore.after as Json;
  if (firstAfter) return (firstAfter.before as Json | null) ?? null;
  return lastBefore ? null : undefined;
}

const date = (v: unknown) => (typeof v === "string" ? new Date(v) : null);

export async function positionStateAt(db: Db, id: string, at: Date): Promise<PositionState | null> {
  const s = await auditedStateAt(db, "Position", id, at);
  if (s) return { ...(s as unknown as PositionState), statedOn: date(s.statedOn), deletedAt: date(s.deletedAt) };
  if (s === null) return null;
  // Never edited: as it is now (seeded or imported records have no history before their first edit).
  const current = await db.position.findUnique({ where: { id }, include: { evidence: { select: { evidenceId: true } } } });
  return current && current.createdAt <= at ? { ...current, evidenceIds: current.evidence.map((e) => e.evidenceId) } : null;
}

/**
 * Quotes as they stood at an instant, in reading order. The current row stands in only for a quote with
 * no later change; older entries that kept only offsets (re-anchoring) are read over it.
 */
export async function evidenceStatesAt(db: Db, ids: string[], at: Date): Promise<EvidenceState[]> {
  const rows = await db.evidence.findMany({ where: { id: { in: ids } } });
  const states = await Promise.all(
    rows.map(async (row): Promise<EvidenceState | null> => {
      const s = await auditedStateAt(db, "Evidence", row.id, at);
      if (s === null) return null;
      if (s === undefined) return row.createdAt <= at ? row : null;
      return fromSnapshot(row, s);
    }),
  );
  return states.filter((e): e is EvidenceState => e !== null).sort((a, b) => (a.articleId === b.articleId ? a.startOffset - b.startOffset : a.articleId < b.articleId ? -1 : 1));
}

function fromSnapshot(row: Evidence, s: Json): EvidenceState {
  return { ...row, ...(s as Partial<EvidenceState>), id: row.id, deletedAt: "deletedAt" in s ? date(s.deletedAt) : row.deletedAt };
}
