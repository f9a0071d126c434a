// Where movement is kept right: a party's chain on a topic is re-derived whenever it changes.
import { type Movement } from "@parley/db";
import { movementsOf } from "@parley/domain";
import { type Actor, recordAudit, type Tx } from "../audit/audit.js";
import { FULL, snapshotOf } from "./position-record.js";

/**
 * Re-derives the movement labels of one party's positions on one topic (rule: @parley/domain). The
 * position being edited (`editedId`) takes its label as part of its own change; any other position whose
 * label changes gets a new version and its own audit entry, so its history shows the label it had.
 */
export async function recomputeMovements(tx: Tx, actor: Actor, partyId: string, topicId: string, editedId?: string): Promise<void> {
  // By id, so that concurrent edits of one chain lock its rows in the same order.
  const chain = await tx.position.findMany({
    where: { partyId, topicId, deletedAt: null },
    select: { id: true, stance: true, statedOn: true, datePrecision: true, movement: true },
    orderBy: { id: "asc" },
  });
  const wanted = movementsOf(chain);
  for (const p of chain) {
    const movement: Movement = wanted.get(p.id) ?? "NEW";
    if (movement === p.movement) continue;
    if (p.id === editedId) {
      await tx.position.update({ where: { id: p.id }, data: { movement } });
      continue;
    }
    const before = await tx.position.findUniqueOrThrow({ where: { id: p.id }, ...FULL });
    const after = await tx.position.update({ where: { id: p.id }, data: { movement, version: { increment: 1 } }, ...FULL });
    await recordAudit(tx, actor, {
      action: "UPDATE",
      entityType: "Position",
      entityId: p.id,
      version: after.version,
      before: snapshotOf(before),
      after: snapshotOf(after),
    });
  }
}
