// What a quote's state means for the records resting on it.
import { type Tx } from "../audit/audit.js";
import { DomainError } from "../errors/domain-error.js";

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
  throw new DomainError(
    "BAD_USER_INPUT",
    `This quote supports ${positions.length} position(s) and ${demands.length} demand(s) that are not deleted; take it out of their quotes, or delete them, first.`,
    {
      parameter: "id",
      details: { positionIds: positions.map((p) => p.id), demandIds: demands.map((d) => d.id) },
    },
  );
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
