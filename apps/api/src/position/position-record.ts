// A position as its services read and write it: the input schema, the audited shape, the columns, and
// the check that everything it names exists.
import { type Prisma, Stance } from "@parley/db";
import { partialDateText } from "@parley/domain";
import { z } from "zod";
import { type Tx } from "../audit/audit.js";
import { LIMITS, partialDate, text, uuid } from "../validation/field-rules.js";
import { inputError } from "../validation/parse-input.js";

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

export const FULL = { include: { evidence: { select: { evidenceId: true }, orderBy: { createdAt: "asc" } } } } satisfies Prisma.PositionDefaultArgs;

type FullPosition = Prisma.PositionGetPayload<typeof FULL>;

/** The audited shape of a position: its fields plus the ids of its quotes. */
export function snapshotOf(p: FullPosition) {
  const { evidence, ...fields } = p;
  return { ...fields, evidenceIds: evidence.map((e) => e.evidenceId) };
}

/** Checks that every record the position names exists (and is not deleted); resolves its proposal version. */
export async function checkReferences(tx: Tx, f: z.infer<typeof positionFields>): Promise<void> {
  const missing = async (found: Promise<number>, expected: number, field: string, what: string) => {
    if ((await found) !== expected) throw inputError([field], `no such ${what}.`);
  };
  if (f.proposalVersion !== undefined) {
    const ref = f.proposalVersion;
    const found =
      ref &&
      (await tx.proposalVersion.findFirst({ where: { proposalId: ref.proposalId, number: ref.number, proposal: { deletedAt: null } }, select: { id: true } }));
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

export function columns(f: z.infer<typeof positionFields>) {
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

/** The editable fields of a stored position, in the input's shape (to merge a partial patch onto). */
export function snapshotOfInput(p: FullPosition): PositionFields {
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

export interface FullPositionSnapshot {
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
