// Demands: the GraphQL type, its status history and the demands list.
import { EvidenceNode } from "../evidence/evidence-type.js";
import { demandWhere } from "./list-demands.js";
import { builder } from "../graphql/builder.js";
import { assertOwnCursor } from "../graphql/cursors.js";
import { DemandStatusEnum, EditorialStatusEnum } from "../graphql/enums.js";
import { DemandFilterInput } from "./demand-filter-input.js";
import { partialDate, PartialDateRef } from "../graphql/partial-date.js";
import { PartyNode } from "../party/party-type.js";
import { RoundNode } from "../round/round-type.js";
import { demandVisibility, EDITORIAL_STATE, evidenceVisibility, QUOTE_LINK, visibleOrNull, visibleQuoteOrNull } from "../visibility/visibility.js";
import type { Context } from "../platform/context.js";
import { readNodeInOneStatement } from "../graphql/lean-nodes.js";

// node(id:) applies the published-only rule (the demanding party and the topic included); hidden or missing: null.
const demandById = (id: string, ctx: Context) => ({ id, AND: [demandVisibility(ctx)] });

export const DemandNode = builder.prismaNode("Demand", {
  id: { field: "id" },
  // node(id:) applies the published-only rule (party and topic included); hidden or missing: null.
  findUnique: demandById,
  nullable: true,
  select: { id: true },
  description: "Something one party requires of another (or of the process), with its status over time.",
  fields: (t) => ({
    slug: t.exposeString("slug", { description: "Stable, URL-safe identifier." }),
    summary: t.exposeString("summary", { description: "What is demanded." }),
    raised: t.field({
      type: PartialDateRef,
      select: { raisedOn: true, datePrecision: true },
      description: "When it was first raised, as precisely as known.",
      resolve: (d) => partialDate(d.raisedOn, d.datePrecision),
    }),
    dateNote: t.exposeString("dateNote", {
      nullable: true,
      description: "An editor's note on how the date was read when the quote does not date the demand itself (the analyses use only `raised`).",
    }),
    demandStatus: t.expose("demandStatus", { type: DemandStatusEnum, description: "Where the demand stands now (the latest status change)." }),
    status: t.expose("status", { type: EditorialStatusEnum, description: "Editorial status." }),
    version: t.exposeInt("version", { description: "Optimistic-concurrency version." }),
    fromParty: t.relation("fromParty", { description: "The party making the demand." }),
    toParty: t.field({
      type: PartyNode,
      nullable: true,
      description: "The party the demand is made of; null when made of the process.",
      select: (_args, _ctx, nested) => ({ toParty: nested(EDITORIAL_STATE) }),
      resolve: (d, _args, ctx) => visibleOrNull(ctx, d.toParty),
    }),
    topic: t.relation("topic", { description: "The topic." }),
    round: t.field({
      type: RoundNode,
      nullable: true,
      description: "The round at which it was raised, if any.",
      select: (_args, _ctx, nested) => ({ round: nested(EDITORIAL_STATE) }),
      resolve: (d, _args, ctx) => visibleOrNull(ctx, d.round),
    }),
    history: t.relation("history", {
      description: "Status changes in time order.",
      query: { orderBy: [{ changedOn: { sort: "asc", nulls: "first" } }, { id: "asc" }] },
    }),
    evidence: t.field({
      type: [EvidenceNode],
      description: "The quotes behind this demand, all at once.",
      deprecationReason: "Use `quotes`: the same quotes as a connection, with totalCount and paging.",
      select: (_args, ctx, nested) => ({
        evidence: { where: { evidence: evidenceVisibility(ctx) }, orderBy: { createdAt: "asc" }, select: { evidence: nested(true) } },
      }),
      resolve: (d) => d.evidence.map((e) => e.evidence),
    }),
  }),
});
readNodeInOneStatement(DemandNode, demandById);

// Added once the Demand type exists: a demand may be replaced by another.
builder.prismaObjectFields("Demand", (t) => ({
  supersededBy: t.field({
    type: DemandNode,
    nullable: true,
    description: "The demand that replaced this one.",
    select: (_args, _ctx, nested) => ({ supersededBy: nested(EDITORIAL_STATE) }),
    resolve: (d, _args, ctx) => visibleOrNull(ctx, d.supersededBy),
  }),
}));

builder.prismaObject("DemandStatusChange", {
  description: "A change in a demand's status, with the quote that reports it.",
  fields: (t) => ({
    demandStatus: t.expose("demandStatus", { type: DemandStatusEnum, description: "The new status." }),
    changed: t.field({ type: PartialDateRef, description: "When it changed.", resolve: (c) => partialDate(c.changedOn, c.datePrecision) }),
    note: t.exposeString("note", { nullable: true, description: "Editors' note." }),
    round: t.field({
      type: RoundNode,
      nullable: true,
      description: "The round at which it changed, if any.",
      select: (_args, _ctx, nested) => ({ round: nested(EDITORIAL_STATE) }),
      resolve: (c, _args, ctx) => visibleOrNull(ctx, c.round),
    }),
    evidence: t.field({
      type: EvidenceNode,
      nullable: true,
      description: "The quote reporting the change.",
      select: (_args, _ctx, nested) => ({ evidence: nested(QUOTE_LINK) }),
      resolve: (c, _args, ctx) => visibleQuoteOrNull(ctx, c.evidence),
    }),
  }),
});

builder.queryFields((t) => ({
  demands: t.prismaConnection({
    type: "Demand",
    cursor: "id",
    description: "Demands matching the filter, oldest first (undated last), ties by id.",
    args: { filter: t.arg({ type: DemandFilterInput, required: false, description: "Criteria; omit for all demands." }) },
    resolve: async (query, _root, args, ctx) => {
      await assertOwnCursor(ctx, "demand", args);
      return ctx.db.demand.findMany({
        ...query,
        where: await demandWhere(ctx, args.filter),
        orderBy: [{ raisedOn: { sort: "asc", nulls: "last" } }, { id: "asc" }],
      });
    },
    totalCount: async (_root, args, ctx) => ctx.db.demand.count({ where: await demandWhere(ctx, args.filter) }),
  }),
}));

// Evidence → the demands it supports, added here so Evidence's type does not depend on Demand's.
builder.prismaObjectFields("Evidence", (t) => ({
  demands: t.field({
    type: [DemandNode],
    description: "Demands this quote supports, all at once.",
    deprecationReason: "Use `supportedDemands`: a connection, with totalCount and paging.",
    select: (_args, ctx, nested) => ({ demands: { where: { demand: demandVisibility(ctx) }, select: { demand: nested(true) } } }),
    resolve: (e) => e.demands.map((d) => d.demand),
  }),
}));
