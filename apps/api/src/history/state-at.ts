// History that follows relations: a position as it stood at an instant, with the quotes it had then (their
// ids and their text, attribution and translation as they were), rebuilt from the audit log — each entry
// holds the whole record before and after.
import { z } from "zod";
import { type Attribution, type Confidence, type Db, type Evidence, DatePrecision, EditorialStatus, Movement, Stance } from "@parley/db";

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
 * Records' audited state at an instant: what the last change up to then left, else what the first later
 * change started from. Absent from the map when a record has no audit entry at all; null when it did not
 * exist then. Two statements, however many records.
 */
async function auditedStatesAt(db: Db, entityType: string, entityIds: string[], at: Date): Promise<Map<string, Json | null>> {
  if (entityIds.length === 0) return new Map();
  const [before, after] = await Promise.all([
    db.$queryRaw<{ entityId: string; after: Json | null }[]>`
      SELECT DISTINCT ON ("entityId") "entityId", after FROM "AuditEntry"
      WHERE "entityType" = ${entityType} AND "entityId" = ANY(${entityIds}) AND at <= ${at}
      ORDER BY "entityId", at DESC, id DESC`,
    db.$queryRaw<{ entityId: string; before: Json | null }[]>`
      SELECT DISTINCT ON ("entityId") "entityId", before FROM "AuditEntry"
      WHERE "entityType" = ${entityType} AND "entityId" = ANY(${entityIds}) AND at > ${at}
      ORDER BY "entityId", at ASC, id ASC`,
  ]);
  const states = new Map<string, Json | null>();
  for (const row of after) states.set(row.entityId, row.before ?? null);
  // A change up to the instant wins over the next one's "before"; a deletion up to then left nothing.
  for (const row of before) states.set(row.entityId, row.after ?? states.get(row.entityId) ?? null);
  return states;
}

const date = (v: unknown) => (typeof v === "string" ? new Date(v) : null);

/** A position's audited snapshot (JSON: dates as strings), read back as a state. */
const auditedPosition = z.object({
  version: z.number().int(),
  stance: z.enum(Stance),
  movement: z.enum(Movement),
  summary: z.string(),
  statedOn: z
    .string()
    .nullable()
    .transform((v) => (v === null ? null : new Date(v))),
  datePrecision: z.enum(DatePrecision),
  status: z.enum(EditorialStatus),
  deletedAt: z
    .string()
    .nullable()
    .optional()
    .transform((v) => (v ? new Date(v) : null)),
  evidenceIds: z.array(z.string()).default([]),
});

export async function positionStateAt(db: Db, id: string, at: Date): Promise<PositionState | null> {
  const s = (await auditedStatesAt(db, "Position", [id], at)).get(id);
  if (s) return auditedPosition.parse(s);
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
  const [rows, audited] = await Promise.all([db.evidence.findMany({ where: { id: { in: ids } } }), auditedStatesAt(db, "Evidence", ids, at)]);
  const states = rows.map((row): EvidenceState | null => {
    const s = audited.get(row.id);
    if (s === null) return null;
    if (s === undefined) return row.createdAt <= at ? row : null;
    return fromSnapshot(row, s);
  });
  return states
    .filter((e): e is EvidenceState => e !== null)
    .sort((a, b) => (a.articleId === b.articleId ? a.startOffset - b.startOffset : a.articleId < b.articleId ? -1 : 1));
}

function fromSnapshot(row: Evidence, s: Json): EvidenceState {
  return { ...row, ...(s as Partial<EvidenceState>), id: row.id, deletedAt: "deletedAt" in s ? date(s.deletedAt) : row.deletedAt };
}
