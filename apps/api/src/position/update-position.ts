// Changing a position, and writing an earlier version back (revert): the same rules either way.
import { type Db } from "@parley/db";
import { partialDateText } from "@parley/domain";
import { type Actor, type ChangeAction, recordAudit, transaction, type Tx } from "../audit/audit.js";
import { DomainError } from "../errors/domain-error.js";
import { parseInput } from "../validation/parse-input.js";
import { claimAndLoad } from "../versioning/claim-version.js";
import { checkReferences, columns, FULL, type FullPositionSnapshot, positionFields, snapshotOf, snapshotOfInput } from "./position-record.js";
import { recomputeMovements } from "./recompute-movements.js";

export async function updatePosition(db: Db, actor: Actor, id: string, version: number, patch: unknown) {
  return transaction(db, (tx) => writePosition(tx, actor, id, version, patch, "UPDATE"));
}

async function writePosition(tx: Tx, actor: Actor, id: string, version: number, patch: unknown, action: ChangeAction) {
  {
    const { newVersion, before } = await claimAndLoad(tx, "Position", id, version, () => tx.position.findUnique({ where: { id }, ...FULL }));
    if (before.deletedAt) throw new DomainError("BAD_USER_INPUT", "This position is deleted; restore it before editing.", { parameter: "id" });
    const f = parseInput(positionFields, { ...snapshotOfInput(before), ...(patch as object) });
    await checkReferences(tx, f);
    await tx.positionEvidence.deleteMany({ where: { positionId: id, evidenceId: { notIn: f.evidenceIds } } });
    await tx.positionEvidence.createMany({ data: f.evidenceIds.map((evidenceId) => ({ positionId: id, evidenceId })), skipDuplicates: true });
    await tx.position.update({ where: { id }, data: columns(f) });
    await recomputeMovements(tx, actor, f.partyId, f.topicId, id);
    if (before.partyId !== f.partyId || before.topicId !== f.topicId) await recomputeMovements(tx, actor, before.partyId, before.topicId, id);
    const after = await tx.position.findUniqueOrThrow({ where: { id }, ...FULL });
    await recordAudit(tx, actor, { action, entityType: "Position", entityId: id, version: newVersion, before: snapshotOf(before), after: snapshotOf(after) });
    return id;
  }
}

/** Puts a position back as it stood at an earlier version (its fields and its quotes), as a new version. */
export async function revertPosition(db: Db, actor: Actor, id: string, version: number, toVersion: number) {
  const entry = await db.auditEntry.findFirst({
    where: { entityType: "Position", entityId: id, version: toVersion },
    orderBy: { at: "desc" },
    select: { after: true },
  });
  const initial =
    toVersion === 1
      ? await db.auditEntry.findFirst({ where: { entityType: "Position", entityId: id }, orderBy: { at: "asc" }, select: { before: true, after: true } })
      : null;
  const state = (entry?.after ?? initial?.before ?? initial?.after) as (FullPositionSnapshot & object) | null | undefined;
  if (!state) throw new DomainError("NOT_FOUND", `No recorded version ${toVersion} of this position.`, { parameter: "toVersion" });
  const patch = {
    partyId: state.partyId,
    topicId: state.topicId,
    roundId: state.roundId,
    speakerId: state.speakerPersonId,
    proposalVersionId: state.proposalVersionId,
    stance: state.stance,
    summary: state.summary,
    stated: partialDateText(state.statedOn, state.datePrecision),
    evidenceIds: state.evidenceIds,
  };
  return transaction(db, (tx) => writePosition(tx, actor, id, version, patch, "REVERT"));
}
