// Where a position is created: validated, checked, written as a draft with its quotes, its chain's
// movement recomputed and the change audited — one transaction.
import { type Db } from "@parley/db";
import { type Actor, recordAudit, transaction } from "../audit/audit.js";
import { parseInput } from "../validation/parse-input.js";
import { checkReferences, columns, FULL, positionFields, snapshotOf } from "./position-record.js";
import { recomputeMovements } from "./recompute-movements.js";

export async function createPosition(db: Db, actor: Actor, input: unknown) {
  const f = parseInput(positionFields, input);
  return transaction(db, async (tx) => {
    await checkReferences(tx, f);
    const { id } = await tx.position.create({
      data: { ...columns(f), status: "DRAFT", evidence: { create: [...new Set(f.evidenceIds)].map((evidenceId) => ({ evidenceId })) } },
      select: { id: true },
    });
    await recomputeMovements(tx, actor, f.partyId, f.topicId, id);
    const created = await tx.position.findUniqueOrThrow({ where: { id }, ...FULL });
    await recordAudit(tx, actor, {
      action: "CREATE",
      entityType: "Position",
      entityId: created.id,
      version: created.version,
      before: null,
      after: snapshotOf(created),
    });
    return created.id;
  });
}
