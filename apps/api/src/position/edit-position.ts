// Editing positions: create, update, soft-delete, restore, publish, revert. Every write is one transaction
// with its audit entry; the party's movement labels on the topic are recomputed in the same transaction.
import { z } from "zod";
import { movementsOf, partialDateText, stateChangeEffect, type StateChange } from "@parley/domain";
import { type Db, type Movement, type Prisma, Stance } from "@parley/db";
import { DomainError } from "../errors/domain-error.js";
import { type Actor, recordAudit, transaction, type Tx } from "../audit/audit.js";
import { LIMITS, partialDate, text, uuid } from "../validation/field-rules.js";
import { refuseDeletedQuotes } from "../article/edit-article.js";
import { inputError, parseInput } from "../validation/parse-input.js";
import { claimVersion } from "../versioning/claim-version.js";


export const positionFields = z.object({
  partyId: uuid,
  topicId: uuid,
  roundId: uuid.nullish(),
  speakerId: uuid.nullish(),
  proposalVersionId: uuid.nullish(),
  /** The version as clients name it (a proposal and its number); replaces `proposalVersionId` when given. */
  proposalVersion: z.object({ proposalId: uuid, number: z.number().int().positive() }).nullish(),
  stance: z.enum(Stance),
  summary: text(LIMITS.summary),
  stated: partialDate,
  evidenceIds: z.array(uuid).min(1, "a position needs at least one quote").max(50),
});
export type PositionFields = z.input<typeof positionFields>;

const FULL = { include: { evidence: { select: { evidenceId: true }, orderBy: { createdAt: "asc" } } } } satisfies Prisma.PositionDefaultArgs;
type FullPosition = Prisma.PositionGetPayload<typeof FULL>;

/** The audited shape of a position: its fields plus the ids of its quotes. */
export function snapshotOf(p: FullPosition) {
  const { evidence, ...fields } = p;
  return { ...fields, evidenceIds: evidence.map((e) => e.evidenceId) };
}

/** Checks that every record the position names exists (and is not deleted); resolves its proposal version. */
async function checkReferences(tx: Tx, f: z.infer<typeof positionFields>): Promise<void> {
  const missing = async (found: Promise<number>, expected: number, field: string, what: string) => {
    if ((await found) !== expected) throw inputError([field], `no such ${what}.`);
  };
  if (f.proposalVersion !== undefined) {
    const ref = f.proposalVersion;
    const found = ref && (await tx.proposalVersion.findFirst({ where: { proposalId: ref.proposalId, number: ref.number, proposal: { deletedAt: null } }, select: { id: true } }));
    if (ref && !found) throw inputError(["proposalVersion"], `no such proposal version (number ${ref.number} of that proposal).`);
    f.proposalVersionId = found ? found.id : null;
  }
  await missing(tx.party.count({ where: { id: f.partyId, deletedAt: null } }), 1, "partyId", "party");
  await missing(tx.topic.count({ where: { id: f.topicId, deletedAt: null } }), 1, "topicId", "topic");
  if (f.roundId) await missing(tx.round.count({ where: { id: f.roundId, deletedAt: null } }), 1, "roundId", "round");
  if (f.speakerId) await missing(tx.person.count({ where: { id: f.speakerId, deletedAt: null } }), 1, "speakerId", "person");
  if (f.proposalVersionId) await missing(tx.proposalVersion.count({ where: { id: f.proposalVersionId } }), 1, "proposalVersionId", "proposal version");
  const ids = [...new Set(f.evidenceIds)];
  await missing(tx.evidence.count({ where: { id: { in: ids }, deletedAt: null } }), ids.length, "evidenceIds", "quote (or one is deleted)");
}

/**
 * Re-derives the movement labels of one party's positions on one topic (rule: @parley/domain). The
 * position being edited (`editedId`) takes its label as part of its own change; any other position whose
 * label changes gets a new version and its own audit entry, so its history shows the label it had.
 */
export async function recomputeMovements(tx: Tx, actor: Actor, partyId: string, topicId: string, editedId?: string): Promise<void> {
  // By id, so that concurrent edits of one chain lock its rows in the same order.
  const chain = await tx.position.findMany({ where: { partyId, topicId, deletedAt: null }, select: { id: true, stance: true, statedOn: true, movement: true }, orderBy: { id: "asc" } });
  const wanted = movementsOf(chain);
  for (const p of chain) {
    const movement: Movement = wanted.get(p.id)!;
    if (movement === p.movement) continue;
    if (p.id === editedId) {
      await tx.position.update({ where: { id: p.id }, data: { movement } });
      continue;
    }
    const before = await tx.position.findUniqueOrThrow({ where: { id: p.id }, ...FULL });
    const after = await tx.position.update({ where: { id: p.id }, data: { movement, version: { increment: 1 } }, ...FULL });
    await recordAudit(tx, actor, { action: "UPDATE", entityType: "Position", entityId: p.id, version: after.version, before: snapshotOf(before), after: snapshotOf(after) });
  }
}

function columns(f: z.infer<typeof positionFields>) {
  return {
    partyId: f.partyId,
    topicId: f.topicId,
    roundId: f.roundId ?? null,
    speakerPersonId: f.speakerId ?? null,
    proposalVersionId: f.proposalVersionId ?? null,
    stance: f.stance,
    summary: f.summary,
    statedOn: f.stated.on,
    datePrecision: f.stated.precision,
  };
}


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
    await recordAudit(tx, actor, { action: "CREATE", entityType: "Position", entityId: created.id, version: created.version, before: null, after: snapshotOf(created) });
    return created.id;
  });
}

export async function updatePosition(db: Db, actor: Actor, id: string, version: number, patch: unknown) {
  return transaction(db, (tx) => writePosition(tx, actor, id, version, patch, "UPDATE"));
}

async function writePosition(tx: Tx, actor: Actor, id: string, version: number, patch: unknown, action: "UPDATE" | "REVERT") {
  {
    const load = () => tx.position.findUnique({ where: { id }, ...FULL });
    const newVersion = await claimVersion(tx, "Position", id, version, load);
    const before = (await load())!;
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

/** The editable fields of a stored position, in the input's shape (to merge a partial patch onto). */
function snapshotOfInput(p: FullPosition): PositionFields {
  return {
    partyId: p.partyId,
    topicId: p.topicId,
    roundId: p.roundId,
    speakerId: p.speakerPersonId,
    proposalVersionId: p.proposalVersionId,
    stance: p.stance,
    summary: p.summary,
    stated: partialDateText(p.statedOn, p.datePrecision),
    evidenceIds: p.evidence.map((e) => e.evidenceId),
  };
}

export async function changePositionState(db: Db, actor: Actor, id: string, version: number, change: StateChange) {
  return transaction(db, async (tx) => {
    const load = () => tx.position.findUnique({ where: { id }, ...FULL });
    const newVersion = await claimVersion(tx, "Position", id, version, load);
    const before = (await load())!;
    if (change === "RESTORE") await refuseDeletedQuotes(tx, "Position", before.evidence.map((e) => e.evidenceId));
    await tx.position.update({ where: { id }, data: stateChangeEffect(change) });
    if (change === "DELETE" || change === "RESTORE") await recomputeMovements(tx, actor, before.partyId, before.topicId, id);
    const after = await tx.position.findUniqueOrThrow({ where: { id }, ...FULL });
    await recordAudit(tx, actor, { action: change, entityType: "Position", entityId: id, version: newVersion, before: snapshotOf(before), after: snapshotOf(after) });
    return id;
  });
}

/** Puts a position back as it stood at an earlier version (its fields and its quotes), as a new version. */
export async function revertPosition(db: Db, actor: Actor, id: string, version: number, toVersion: number) {
  const entry = await db.auditEntry.findFirst({ where: { entityType: "Position", entityId: id, version: toVersion }, orderBy: { at: "desc" }, select: { after: true } });
  const initial = toVersion === 1 ? await db.auditEntry.findFirst({ where: { entityType: "Position", entityId: id }, orderBy: { at: "asc" }, select: { before: true, after: true } }) : null;
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

interface FullPositionSnapshot {
  partyId: string;
  topicId: string;
  roundId: string | null;
  speakerPersonId: string | null;
  proposalVersionId: string | null;
  stance: Stance;
  summary: string;
  statedOn: string | null;
  datePrecision: "DAY" | "MONTH" | "YEAR" | "UNKNOWN";
  evidenceIds: string[];
}
