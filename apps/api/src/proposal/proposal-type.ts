import { proposalListWhere } from "../filters/catalog-filters.js";
import { CatalogFilterInput } from "../graphql/filter-inputs.js";
import { assertOwnCursor } from "../graphql/cursors.js";
import { EvidenceNode } from "../evidence/evidence-type.js";
import { builder } from "../graphql/builder.js";
import { EditorialStatusEnum } from "../graphql/enums.js";
import { partialDate, PartialDateRef } from "../graphql/partial-date.js";
import { EDITORIAL_STATE, visibleById, visibleOrNull, evidenceVisibility, positionVisibility } from "../visibility/visibility.js";
import { PartyNode } from "../party/party-type.js";
import { RoundNode } from "../round/round-type.js";
import { TOPIC_LINK, TopicNode } from "../topic/topic-type.js";

export const ProposalNode = builder.prismaNode("Proposal", {
  id: { field: "id" },
  // node(id:) applies the published-only rule; a missing or hidden record is null, not an error.
  findUnique: visibleById,
  nullable: true,
  select: { id: true },
  description: "A peace plan or proposal, with its versions.",
  fields: (t) => ({
    slug: t.exposeString("slug", { description: "Stable, URL-safe identifier." }),
    title: t.exposeString("title", { description: "Title." }),
    description: t.exposeString("description", { nullable: true, description: "Editors' description." }),
    status: t.expose("status", { type: EditorialStatusEnum, description: "Editorial status." }),
    version: t.exposeInt("version", { description: "Optimistic-concurrency version." }),
    authorParty: t.field({
      type: PartyNode,
      nullable: true,
      description: "The party that authored it, when known.",
      select: (_args, _ctx, nested) => ({ authorParty: nested(EDITORIAL_STATE) }),
      resolve: (p, _args, ctx) => visibleOrNull(ctx, p.authorParty),
    }),
    versions: t.relation("versions", { description: "Versions in order.", query: { orderBy: { number: "asc" } } }),
    evidence: t.field({
      type: [EvidenceNode],
      description: "Quotes about the proposal.",
      select: (_args, ctx, nested) => ({ evidence: { where: { evidence: evidenceVisibility(ctx) }, select: { evidence: nested(true) } } }),
      resolve: (p) => p.evidence.map((e) => e.evidence),
    }),
  }),
});

// Reached only through a visible proposal (its versions, a round's versions, a position's version), so its
// proposal link needs no check of its own.
export const ProposalVersionObject = builder.prismaObject("ProposalVersion", {
  description: "One version of a proposal (e.g. the 28-point plan, the 19-point revision).",
  fields: (t) => ({
    number: t.exposeInt("number", { description: "1, 2, … in the order the versions appeared." }),
    label: t.exposeString("label", { description: "How the sources name this version." }),
    pointCount: t.exposeInt("pointCount", { nullable: true, description: "Number of points, when given." }),
    pointCountNote: t.exposeString("pointCountNote", {
      nullable: true,
      description: 'The point count as the sources give it when not a single number ("19 to 27 points").',
    }),
    presented: t.field({ type: PartialDateRef, description: "When it was presented.", resolve: (v) => partialDate(v.presentedOn, v.presentedOnPrecision) }),
    summary: t.exposeString("summary", { nullable: true, description: "What the version contains." }),
    round: t.field({
      type: RoundNode,
      nullable: true,
      description: "Where it was presented.",
      select: (_args, _ctx, nested) => ({ round: nested(EDITORIAL_STATE) }),
      resolve: (v, _args, ctx) => visibleOrNull(ctx, v.round),
    }),
    points: t.relation("points", { description: "Its points, in order.", query: { orderBy: { number: "asc" } } }),
    proposal: t.relation("proposal", { description: "The proposal this is a version of." }),
    positions: t.relatedConnection("positions", {
      cursor: "id",
      totalCount: true,
      description: "Positions that respond to this version, oldest first (undated last), ties by id.",
      query: (_args, ctx) => ({ where: positionVisibility(ctx), orderBy: [{ statedOn: { sort: "asc", nulls: "last" } }, { id: "asc" }] }),
    }),
  }),
});

builder.prismaObject("ProposalPoint", {
  description: "One point of a proposal version.",
  fields: (t) => ({
    number: t.exposeInt("number", { description: "Point number." }),
    text: t.exposeString("text", { description: "What the point says." }),
    topic: t.field({
      type: TopicNode,
      nullable: true,
      description: "The topic it concerns.",
      select: (_args, _ctx, nested) => ({ topic: nested(TOPIC_LINK) }),
      resolve: (p, _args, ctx) => visibleOrNull(ctx, p.topic),
    }),
  }),
});

builder.queryFields((t) => ({
  proposals: t.prismaConnection({
    type: "Proposal",
    cursor: "id",
    description: "Proposals, by title.",
    args: { filter: t.arg({ type: CatalogFilterInput, required: false, description: "Criteria; omit for the whole list." }) },
    resolve: async (query, _root, args, ctx) => {
      await assertOwnCursor(ctx, "proposal", args);
      return ctx.db.proposal.findMany({ ...query, where: proposalListWhere(ctx, args.filter), orderBy: [{ title: "asc" }, { id: "asc" }] });
    },
    totalCount: (_root, args, ctx) => ctx.db.proposal.count({ where: proposalListWhere(ctx, args.filter) }),
  }),
}));
