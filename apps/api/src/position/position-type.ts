import { EvidenceNode } from "../evidence/evidence-type.js";
import { positionWhereFrom, resolvePositionFilter, type ResolvedPositionFilter } from "./list-positions.js";
import type { Context } from "../platform/context.js";
import { countPositions, positionCountSql } from "./count-positions.js";
import { connectionCount, selectsTotalCount } from "../graphql/connection-count.js";
import { builder } from "../graphql/builder.js";
import { assertOwnCursor } from "../graphql/cursors.js";
import { leanFindMany } from "../graphql/lean-find-many.js";
import { readNodeInOneStatement } from "../graphql/lean-nodes.js";
import { EditorialStatusEnum, MovementEnum, StanceEnum } from "../graphql/enums.js";
import { PositionFilterInput } from "./position-filter-input.js";
import { partialDate, PartialDateRef } from "../graphql/partial-date.js";
import { PersonNode } from "../person/person-type.js";
import { ProposalVersionObject } from "../proposal/proposal-type.js";
import { RoundNode } from "../round/round-type.js";
import { EDITORIAL_STATE, evidenceVisibility, positionVisibility, QUOTE_LINK, visibleOrNull, visibleQuoteOrNull } from "../visibility/visibility.js";
import { effectiveMovement } from "@parley/domain";
import type { Prisma } from "@parley/db";

// node(id:) applies the published-only rule (party and topic included); hidden or missing: null.
const positionById = (id: string, ctx: Context) => ({ id, AND: [positionVisibility(ctx)] });

export const PositionNode = builder.prismaNode("Position", {
  id: { field: "id" },
  findUnique: positionById,
  nullable: true,
  select: { id: true },
  description: "A party's stated stance on a topic at a point in time, with the quotes that report it.",
  fields: (t) => ({
    stance: t.expose("stance", { type: StanceEnum, description: "The stance toward the topic's proposition." }),
    summary: t.exposeString("summary", { description: "Editors' summary of the position." }),
    stated: t.field({
      type: PartialDateRef,
      select: { statedOn: true, datePrecision: true },
      description: "When it was stated, as precisely as known.",
      resolve: (p) => partialDate(p.statedOn, p.datePrecision),
    }),
    movement: t.expose("movement", {
      type: MovementEnum,
      description: "How it moved since the party's previous position on the topic, as the stance categories show it (derived).",
    }),
    reportedMovement: t.expose("reportedMovement", {
      type: MovementEnum,
      nullable: true,
      description:
        'The movement a source reports in words ("hardened its stance"), which the categories may not show (a stance at the end of the scale, conditions added). Backed by `reportedMovementEvidence`.',
    }),
    effectiveMovement: t.field({
      type: MovementEnum,
      select: { movement: true, reportedMovement: true },
      description: "The movement the analyses use: the reported one when a source reports one, else the derived one.",
      resolve: (p) => effectiveMovement(p).movement,
    }),
    reportedMovementEvidence: t.field({
      type: EvidenceNode,
      nullable: true,
      description: "The quote that reports the movement.",
      select: (_args, _ctx, nested) => ({ reportedMovementEvidence: nested(QUOTE_LINK) }),
      resolve: (p, _args, ctx) => visibleQuoteOrNull(ctx, p.reportedMovementEvidence),
    }),
    dateNote: t.exposeString("dateNote", {
      nullable: true,
      description: "An editor's note on how the date was read when the quote does not date the statement itself (the analyses use only `stated`).",
    }),
    status: t.expose("status", { type: EditorialStatusEnum, description: "Editorial status." }),
    version: t.exposeInt("version", { description: "Optimistic-concurrency version." }),
    party: t.relation("party", { description: "The party holding the position." }),
    topic: t.relation("topic", { description: "The topic." }),
    round: t.field({
      type: RoundNode,
      nullable: true,
      description: "The round at which it was stated, if any.",
      select: (_args, _ctx, nested) => ({ round: nested(EDITORIAL_STATE) }),
      resolve: (p, _args, ctx) => visibleOrNull(ctx, p.round),
    }),
    speaker: t.field({
      type: PersonNode,
      nullable: true,
      description: "Who voiced it, when known.",
      select: (_args, _ctx, nested) => ({ speaker: nested(EDITORIAL_STATE) }),
      resolve: (p, _args, ctx) => visibleOrNull(ctx, p.speaker),
    }),
    proposalVersion: t.field({
      type: ProposalVersionObject,
      nullable: true,
      description: "The peace-plan version it refers to, if any (null while the proposal is hidden).",
      select: (_args, _ctx, nested) => ({ proposalVersion: nested({ include: { proposal: EDITORIAL_STATE } }) }),
      resolve: (p, _args, ctx) => (visibleOrNull(ctx, p.proposalVersion?.proposal) ? p.proposalVersion : null),
    }),
    evidence: t.field({
      type: [EvidenceNode],
      description: "The quotes behind this position, all at once.",
      deprecationReason: "Use `quotes`: the same quotes as a connection, with totalCount and paging.",
      select: (_args, ctx, nested) => ({
        // Ties (quotes attached in one transaction) by quote id, so that the order is stable.
        evidence: { where: { evidence: evidenceVisibility(ctx) }, orderBy: [{ createdAt: "asc" }, { evidenceId: "asc" }], select: { evidence: nested(true) } },
      }),
      resolve: (p) => p.evidence.map((e) => e.evidence),
    }),
  }),
});
readNodeInOneStatement(PositionNode, positionById);

builder.queryFields((t) => ({
  positions: t.prismaConnection({
    type: "Position",
    cursor: "id",
    description: "Positions matching the filter, oldest first (undated last), ties by id.",
    args: { filter: t.arg({ type: PositionFilterInput, required: false, description: "Criteria; omit for all positions." }) },
    resolve: async (query, _root, args, ctx, info) => {
      await assertOwnCursor(ctx, "position", args);
      const filter = await resolvePositionFilter(ctx, args.filter);
      // The count starts with the page, not after it (totalCount takes the same promise).
      if (selectsTotalCount(info)) void positionTotal(ctx, args, async () => filter);
      const orderBy: Prisma.PositionOrderByWithRelationInput[] = [{ statedOn: { sort: "asc", nulls: "last" } }, { id: "asc" }];
      const page = { ...query, where: positionWhereFrom(ctx, filter), orderBy };
      // One statement building the page's JSON in PostgreSQL; Prisma for what it cannot compile.
      return leanFindMany(ctx.db, "Position", page, () => ctx.db.position.findMany(page));
    },
    totalCount: (_root, args, ctx) => positionTotal(ctx, args, () => resolvePositionFilter(ctx, args.filter)),
  }),
}));

// Evidence → what it supports, added here so Evidence's type does not depend on Position's.
builder.prismaObjectFields("Evidence", (t) => ({
  positions: t.field({
    type: [PositionNode],
    description: "Positions this quote supports, all at once.",
    deprecationReason: "Use `supportedPositions`: a connection, with totalCount and paging.",
    select: (_args, ctx, nested) => ({ positions: { where: { position: positionVisibility(ctx) }, select: { position: nested(true) } } }),
    resolve: (e) => e.positions.map((p) => p.position),
  }),
}));

/** The positions list's count, keyed on its SQL (the filter and the caller's visibility both shape it). */
function positionTotal(ctx: Context, args: object, resolveFilter: () => Promise<ResolvedPositionFilter>): Promise<number> {
  let resolved: Promise<ResolvedPositionFilter> | undefined;
  const filter = () => (resolved ??= resolveFilter());
  return connectionCount(
    ctx,
    args,
    async () => {
      const sql = positionCountSql(ctx, await filter());
      return `position:${sql.sql}:${JSON.stringify(sql.values)}`;
    },
    async () => countPositions(ctx, await filter()),
  );
}
