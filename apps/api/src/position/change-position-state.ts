// Soft-deleting, restoring, publishing and unpublishing a position (a deletion or restore moves its chain).
import { type Db } from "@parley/db";
import { type StateChange, stateChangeEffect } from "@parley/domain";
import { type Actor, recordAudit, transaction } from "../audit/audit.js";
import { refuseDeletedQuotes } from "../evidence/quote-rules.js";
import { claimAndLoad } from "../versioning/claim-version.js";
import { FULL, snapshotOf } from "./position-record.js";
import { recomputeMovements } from "./recompute-movements.js";

export async function changePositionState(db: Db, actor: Actor, id: string, version: number, change: StateChange) {
  return transaction(db, async (tx) => {
    const { newVersion, before } = await claimAndLoad(tx, "Position", id, version, () => tx.position.findUnique({ where: { id }, ...FULL }));
    if (change === "RESTORE")
      await refuseDeletedQuotes(
        tx,
        "Position",
        before.evidence.map((e) => e.evidenceId),
      );
    await tx.position.update({ where: { id }, data: stateChangeEffect(change) });
    if (change === "DELETE" || change === "RESTORE") await recomputeMovements(tx, actor, before.partyId, before.topicId, id);
    const after = await tx.position.findUniqueOrThrow({ where: { id }, ...FULL });
    await recordAudit(tx, actor, {
      action: change,
      entityType: "Position",
      entityId: id,
      version: newVersion,
      before: snapshotOf(before),
      after: snapshotOf(after),
    });
    return id;
  });
}
