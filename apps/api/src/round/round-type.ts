import { ProcessNode } from "../process/process-type.js";
import type { Prisma } from "@parley/db";
import { prismaConnectionHelpers } from "@pothos/plugin-prisma";
import { EvidenceNode } from "../evidence/evidence-type.js";
import { roundWhere } from "./list-rounds.js";
import { builder } from "../graphql/builder.js";
import { assertOwnCursor } from "../graphql/cursors.js";
import { DateReportKindEnum, EditorialStatusEnum, ParticipantRoleEnum, RoundAspectEnum, RoundFormatEnum, RoundStatusEnum } from "../graphql/enums.js";
import { RoundFilterInput } from "./round-filter-input.js";
import { partialDate, PartialDateRef } from "../graphql/partial-date.js";
import { TopicNode } from "../topic/topic-type.js";
import {
  delegationVisibility,
  demandVisibility,
  EDITORIAL_STATE,
  evidenceVisibility,
  positionVisibility,
  QUOTE_LINK,
  visible,
  visibleById,
  visibleOrNull,
  visibleQuoteOrNull,
} from "../visibility/visibility.js";
import { readNodeInOneStatement } from "../graphql/lean-nodes.js";

export const RoundNode = builder.prismaNode("Round", {
  id: { field: "id" },
  // node(id:) applies the published-only rule; a missing or hidden record is null, not an error.
  findUnique: visibleById,
  nullable: true,
  select: { id: true },
  description: "A meeting or round of talks: planned, held, postponed or cancelled.",
  fields: (t) => ({
    slug: t.exposeString("slug", { description: "Stable, URL-safe identifier." }),
    title: t.exposeString("title", { description: "Editors' title for the meeting." }),
    sequence: t.exposeInt("sequence", { nullable: true, description: "Number within its process (1, 2, …), when the sources number it." }),
    format: t.expose("format", { type: RoundFormatEnum, description: "Bilateral, trilateral, summit, phone call, …" }),
    roundStatus: t.expose("roundStatus", { type: RoundStatusEnum, description: "Planned, held, postponed or cancelled." }),
    city: t.exposeString("city", { nullable: true, description: "City." }),
    venue: t.exposeString("venue", { nullable: true, description: "Venue within the city." }),
    country: t.exposeString("country", { nullable: true, description: "ISO 3166 country code." }),
    start: t.field({
      type: PartialDateRef,
      select: { startDate: true, startDatePrecision: true },
      description: "Editors' best reading of the start; see dateReports for what each source said.",
      resolve: (r) => partialDate(r.startDate, r.startDatePrecision),
    }),
    end: t.field({
      type: PartialDateRef,
      select: { endDate: true, endDatePrecision: true },
      description: "Editors' best reading of the end.",
      resolve: (r) => partialDate(r.endDate, r.endDatePrecision),
    }),
    summary: t.exposeString("summary", { nullable: true, description: "What the meeting was about." }),
    outcome: t.exposeString("outcome", { nullable: true, description: "What came of it." }),
    status: t.expose("status", { type: EditorialStatusEnum, description: "Editorial status." }),
    version: t.exposeInt("version", { description: "Optimistic-concurrency version." }),
    process: t.field({
      type: ProcessNode,
      nullable: true,
      description: "The process this round belongs to.",
      select: (_args, _ctx, nested) => ({ process: nested(EDITORIAL_STATE) }),
      resolve: (r, _args, ctx) => visibleOrNull(ctx, r.process),
    }),
    participants: t.relation("participants", {
      description: "Parties at the table, with their role (host, mediator, …).",
      query: (_args, ctx) => ({ where: { party: visible(ctx) } }),
    }),
    agenda: t.field({
      type: [TopicNode],
      description: "Topics on the agenda.",
      select: (_args, ctx, nested) => ({ agenda: { where: { topic: visible(ctx) }, select: { topic: nested(true) } } }),
      resolve: (r) => r.agenda.map((a) => a.topic),
    }),
    dateReports: t.relation("dateReports", {
      description: "Every date a source reported for this round, planned or held: conflicting reports side by side.",
      query: { orderBy: [{ startDate: { sort: "asc", nulls: "first" } }, { id: "asc" }] },
    }),
    delegations: t.relation("delegations", {
      description: "Who represented each party.",
      query: (_args, ctx) => ({ where: delegationVisibility(ctx), orderBy: [{ party: { name: "asc" } }, { id: "asc" }] }),
    }),
    proposalVersions: t.relation("proposalVersions", {
      description: "Proposal versions presented at this round.",
      query: (_args, ctx) => ({ where: { proposal: visible(ctx) }, orderBy: [{ presentedOn: { sort: "asc", nulls: "last" } }, { id: "asc" }] }),
    }),
    evidence: t.relation("evidence", {
      description: "Quotes behind facts about this round, with the aspect each backs (date, venue, outcome, …).",
      args: { aspects: t.arg({ type: [RoundAspectEnum], required: false, description: "Only quotes backing these aspects." }) },
      query: (args, ctx) => ({
        where: { evidence: evidenceVisibility(ctx), ...(args.aspects?.length ? { aspect: { in: args.aspects } } : {}) },
      }),
    }),
    positions: t.relatedConnection("positions", {
      cursor: "id",
      totalCount: true,
      description: "Positions stated at this round.",
      query: (_args, ctx) => ({ where: positionVisibility(ctx), orderBy: [{ statedOn: { sort: "asc", nulls: "last" } }, { id: "asc" }] }),
    }),
    demands: t.relatedConnection("demands", {
      cursor: "id",
      totalCount: true,
      description: "Demands raised at this round.",
      query: (_args, ctx) => ({ where: demandVisibility(ctx), orderBy: [{ raisedOn: { sort: "asc", nulls: "last" } }, { id: "asc" }] }),
    }),
  }),
});
readNodeInOneStatement(RoundNode, visibleById);

builder.prismaObject("RoundParticipant", {
  description: "A party at a round, with its role.",
  fields: (t) => ({
    role: t.expose("role", { type: ParticipantRoleEnum, description: "Participant, host, mediator or observer." }),
    party: t.relation("party", { description: "The party." }),
    round: t.relation("round", { description: "The round." }),
  }),
});

builder.prismaObject("RoundDateReport", {
  description: "One source's report of when a round was (to be) held.",
  fields: (t) => ({
    kind: t.expose("kind", { type: DateReportKindEnum, description: "A planned date or the date it was held." }),
    start: t.field({ type: PartialDateRef, description: "Reported start.", resolve: (r) => partialDate(r.startDate, r.startDatePrecision) }),
    end: t.field({ type: PartialDateRef, description: "Reported end.", resolve: (r) => partialDate(r.endDate, r.endDatePrecision) }),
    note: t.exposeString("note", { nullable: true, description: "Editors' note." }),
    evidence: t.field({
      type: EvidenceNode,
      nullable: true,
      description: "The quote reporting the date.",
      select: (_args, _ctx, nested) => ({ evidence: nested(QUOTE_LINK) }),
      resolve: (r, _args, ctx) => visibleQuoteOrNull(ctx, r.evidence),
    }),
  }),
});

builder.prismaObject("RoundEvidence", {
  description: "A quote behind a fact about a round.",
  fields: (t) => ({
    aspect: t.expose("aspect", { type: RoundAspectEnum, description: "Which fact the quote supports." }),
    round: t.relation("round", { description: "The round." }),
    evidence: t.relation("evidence", { description: "The quote." }),
  }),
});

// Topic → the rounds that had it on their agenda, added here so Topic's type does not depend on Round's.
// A page of the agenda join table, part of the topic's query (one statement per level).
const agendaRounds = prismaConnectionHelpers(builder, "RoundTopic", {
  cursor: "roundId_topicId",
  select: (nodeSelection) => ({ round: nodeSelection({ select: { id: true } }) }),
  query: (_args, ctx) => ({ where: { round: visible(ctx) } }),
  resolveNode: (row) => row.round,
});
/** Rounds in time order, undated last, ties by id (the helper's `query` takes a single sort key). */
const AGENDA_ORDER = [
  { round: { startDate: { sort: "asc", nulls: "last" } } },
  { roundId: "asc" },
] as const satisfies Prisma.RoundTopicOrderByWithRelationInput[];

builder.prismaObjectFields("Topic", (t) => ({
  rounds: t.connection(
    {
      type: RoundNode,
      description: "Rounds with exactly this topic on their agenda, in time order (undated last), ties by id. For a subtree use `rounds(filter: { topic })`.",
      select: (args, ctx, nestedSelection) => ({
        agendaOf: { ...agendaRounds.getQuery(args, ctx, nestedSelection), orderBy: [...AGENDA_ORDER] },
        _count: { select: { agendaOf: { where: { round: visible(ctx) } } } },
      }),
      resolve: (topic, args, ctx) => ({ ...agendaRounds.resolve(topic.agendaOf, args, ctx), totalCount: topic._count.agendaOf }),
    },
    { fields: (c) => ({ totalCount: c.int({ description: "How many there are in all.", resolve: (connection) => connection.totalCount }) }) },
  ),
}));

builder.queryFields((t) => ({
  rounds: t.prismaConnection({
    type: "Round",
    cursor: "id",
    description: "Rounds and meetings matching the filter, in time order (undated last).",
    args: { filter: t.arg({ type: RoundFilterInput, required: false, description: "Criteria; omit for all rounds." }) },
    resolve: async (query, _root, args, ctx) => {
      await assertOwnCursor(ctx, "round", args);
      return ctx.db.round.findMany({
        ...query,
        where: await roundWhere(ctx, args.filter),
        orderBy: [{ startDate: { sort: "asc", nulls: "last" } }, { id: "asc" }],
      });
    },
    totalCount: async (_root, args, ctx) => ctx.db.round.count({ where: await roundWhere(ctx, args.filter) }),
  }),
  round: t.prismaField({
    type: "Round",
    nullable: true,
    description: "One round by slug.",
    args: { slug: t.arg.string({ required: true, description: 'The round\'s slug, e.g. "abu-dhabi-2".' }) },
    resolve: (query, _root, args, ctx) => ctx.db.round.findFirst({ ...query, where: { slug: args.slug, ...visible(ctx) } }),
  }),
}));
