// History that follows relations: a position as it stood at an instant, with the quotes it had then,
// rebuilt from the audit log (each entry holds the whole record, quote ids included, before and after).
import type { Db, DatePrecision, EditorialStatus, Movement, Stance } from "@parley/db";

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

interface Snapshot extends Omit<PositionState, "statedOn" | "deletedAt"> {
  statedOn: string | null;
  deletedAt: string | null;
}

function fromSnapshot(s: Snapshot): PositionState {
  return { ...s, statedOn: s.statedOn ? new Date(s.statedOn) : null, deletedAt: s.deletedAt ? new Date(s.deletedAt) : null };
}

export async function positionStateAt(db: Db, id: string, at: Date): Promise<PositionState | null> {
  const [lastBefore, firstAfter] = await Promise.all([
    db.auditEntry.findFirst({ where: { entityType: "Position", entityId: id, at: { lte: at } }, orderBy: [{ at: "desc" }, { id: "desc" }], select: { after: true } }),
    db.auditEntry.findFirst({ where: { entityType: "Position", entityId: id, at: { gt: at } }, orderBy: [{ at: "asc" }, { id: "asc" }], select: { before: true } }),
  ]);
  if (lastBefore?.after) return fromSnapshot(lastBefore.after as unknown as Snapshot);
  if (firstAfter) return firstAfter.before ? fromSnapshot(firstAfter.before as unknown as Snapshot) : null;
  // Never edited: as it is now (seeded or imported records have no history before their first edit).
  const current = await db.position.findUnique({ where: { id }, include: { evidence: { select: { evidenceId: true } } } });
  return current && current.createdAt <= at ? { ...current, evidenceIds: current.evidence.map((e) => e.evidenceId) } : null;
}
