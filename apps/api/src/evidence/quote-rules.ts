// What a quote's state means for the records resting on it.
import { type Tx } from "../audit/audit.js";
import { DomainError } from "../errors/domain-error.js";

/**
 * A live position, demand or event never rests on a deleted quote, and neither does a reported movement.
 * Deleting a quote that still supports one is refused, naming them (unlink the quote or delete them first) ...
 */
export async function refuseDeletingQuoteInUse(tx: Tx, evidenceId: string): Promise<void> {
  const [positions, demands, events, movements] = await Promise.all([
    tx.position.findMany({ where: { deletedAt: null, evidence: { some: { evidenceId } } }, select: { id: true } }),
    tx.demand.findMany({ where: { deletedAt: null, evidence: { some: { evidenceId } } }, select: { id: true } }),
    tx.event.findMany({ where: { deletedAt: null, evidence: { some: { evidenceId } } }, select: { id: true } }),
    tx.position.findMany({ where: { deletedAt: null, reportedMovementEvidenceId: evidenceId }, select: { id: true } }),
  ]);
  if (positions.length + demands.length + events.length + movements.length === 0) return;
  const uses = [
    positions.length ? `${positions.length} position(s)` : null,
    demands.length ? `${demands.length} demand(s)` : null,
    events.length ? `${events.length} event(s)` : null,
    movements.length ? `the reported movement of ${movements.length} position(s)` : null,
  ].filter((u): u is string => u !== null);
  throw new DomainError("BAD_USER_INPUT", `This quote supports ${uses.join(", ")} that are not deleted; take it out of their quotes, or delete them, first.`, {
    parameter: "id",
    details: {
      positionIds: positions.map((p) => p.id),
      demandIds: demands.map((d) => d.id),
      eventIds: events.map((e) => e.id),
      reportedMovementPositionIds: movements.map((p) => p.id),
    },
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
