// A round as the record engine edits it: participants and agenda are replaced as lists; its facts' quotes
// and date reports have mutations of their own (round-facts-mutations.ts) and come back with a revert.
import { z } from "zod";
import type { Tx } from "../audit/audit.js";
import { recordSpec } from "../record-engine/record-spec.js";
import { endsBeforeStart, partialDateText, type PartialDate } from "@parley/domain";
import { ParticipantRole, RoundFormat, RoundStatus } from "@parley/db";
import { fieldError } from "../errors/domain-error.js";
import { refineEndNotBeforeStart, LIMITS, partialDate, slug, text, uuid } from "../validation/field-rules.js";
import { replaceRoundFacts, roundFactLists, roundFactsSnapshot } from "./fact-lists.js";
import { catalogOwner } from "../record-engine/change-owned.js";

const roundDates = (start: PartialDate | undefined, end: PartialDate | undefined) => ({
  ...(start ? { startDate: start.on, startDatePrecision: start.precision } : {}),
  ...(end ? { endDate: end.on, endDatePrecision: end.precision } : {}),
});

const participant = z.object({ partyId: uuid, role: z.enum(ParticipantRole).default("PARTICIPANT") });
const roundObject = z.object({
  slug,
  processId: uuid.nullish(),
  sequence: z.number().int().positive().nullish(),
  title: text(LIMITS.title),
  format: z.enum(RoundFormat),
  roundStatus: z.enum(RoundStatus),
  city: text(LIMITS.name).nullish(),
  venue: text(LIMITS.name).nullish(),
  country: z.string().length(2).nullish(),
  start: partialDate.optional(),
  end: partialDate.optional(),
  summary: text(LIMITS.summary).nullish(),
  outcome: text(LIMITS.summary).nullish(),
  participants: z.array(participant).max(50).optional(),
  agendaTopicIds: z.array(uuid).max(100).optional(),
  // Quotes behind its facts and the dates sources gave: edited by their own mutations (round-facts.ts),
  // written back here by a revert.
  ...roundFactLists,
});
const roundFields = roundObject.superRefine(refineEndNotBeforeStart);
type RoundInput = z.infer<typeof roundObject>;

async function roundRelations(tx: Tx, id: string, v: Partial<RoundInput>): Promise<void> {
  if (v.participants) {
    await tx.roundParticipant.deleteMany({ where: { roundId: id } });
    await tx.roundParticipant.createMany({ data: v.participants.map((p) => ({ roundId: id, partyId: p.partyId, role: p.role })), skipDuplicates: true });
  }
  if (v.agendaTopicIds) {
    await tx.roundTopic.deleteMany({ where: { roundId: id } });
    await tx.roundTopic.createMany({ data: [...new Set(v.agendaTopicIds)].map((topicId) => ({ roundId: id, topicId })) });
  }
  await replaceRoundFacts(tx, id, v);
}
const roundColumns = ({ participants: _p, agendaTopicIds: _a, evidence: _e, dateReports: _d, start, end, ...v }: Partial<RoundInput>) => ({
  ...v,
  ...roundDates(start, end),
});

export const roundRecord = recordSpec<RoundInput>({
  type: "Round",
  schema: roundFields,
  patch: roundObject.partial().superRefine(refineEndNotBeforeStart),
  load: (tx, id) => tx.round.findUnique({ where: { id } }),
  slugTaken: async (tx, s) => (await tx.round.count({ where: { slug: s } })) > 0,
  create: async (tx, v) => {
    const row = await tx.round.create({
      data: { ...roundColumns(v), slug: v.slug, title: v.title, format: v.format, roundStatus: v.roundStatus },
      select: { id: true },
    });
    await roundRelations(tx, row.id, v);
    return row;
  },
  update: async (tx, id, v) => {
    const current = await tx.round.findUniqueOrThrow({
      where: { id },
      select: { startDate: true, startDatePrecision: true, endDate: true, endDatePrecision: true },
    });
    const start = v.start ?? { on: current.startDate, precision: current.startDatePrecision };
    const end = v.end ?? { on: current.endDate, precision: current.endDatePrecision };
    if (endsBeforeStart(start, end)) throw fieldError(["end"], "the end comes before the start");
    await tx.round.update({ where: { id }, data: roundColumns(v) });
    await roundRelations(tx, id, v);
  },
  snapshot: async (tx, id) => {
    const r = await tx.round.findUniqueOrThrow({ where: { id }, include: { participants: true, agenda: true } });
    return {
      slug: r.slug,
      processId: r.processId,
      sequence: r.sequence,
      title: r.title,
      format: r.format,
      roundStatus: r.roundStatus,
      city: r.city,
      venue: r.venue,
      country: r.country,
      start: partialDateText(r.startDate, r.startDatePrecision),
      end: partialDateText(r.endDate, r.endDatePrecision),
      summary: r.summary,
      outcome: r.outcome,
      participants: r.participants.map((p) => ({ partyId: p.partyId, role: p.role })),
      agendaTopicIds: r.agenda.map((a) => a.topicId),
      ...(await roundFactsSnapshot(tx, id)),
    };
  },
  setState: async (tx, id, effect) => void (await tx.round.update({ where: { id }, data: effect })),
});

/** A round owns its quotes and date reports: their changes are versions of the round. */
export const roundOwner = catalogOwner("Round", roundRecord);
