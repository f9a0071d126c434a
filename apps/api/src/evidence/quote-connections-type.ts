// Paged lists between quotes and what they support (many-to-many through the join tables). Each page is
// part of its parent's query, so a list of positions with their quotes stays one statement per level,
// and `totalCount` comes from Prisma's relation count in the same query.
import { demandVisibility, evidenceVisibility, positionVisibility } from "../visibility/visibility.js";
import { prismaConnectionHelpers } from "@pothos/plugin-prisma";
import { EvidenceNode } from "./evidence-type.js";
import { builder } from "../graphql/builder.js";
import { DemandNode } from "../demand/demand-type.js";
import { PositionNode } from "../position/position-type.js";

const positionQuotes = prismaConnectionHelpers(builder, "PositionEvidence", {
  cursor: "positionId_evidenceId",
  select: (nodeSelection) => ({ evidence: nodeSelection({ select: { id: true } }) }),
  query: (_args, ctx) => ({ where: { evidence: evidenceVisibility(ctx) }, orderBy: { evidenceId: "asc" as const } }),
  resolveNode: (row) => row.evidence,
});

const demandQuotes = prismaConnectionHelpers(builder, "DemandEvidence", {
  cursor: "demandId_evidenceId",
  select: (nodeSelection) => ({ evidence: nodeSelection({ select: { id: true } }) }),
  query: (_args, ctx) => ({ where: { evidence: evidenceVisibility(ctx) }, orderBy: { evidenceId: "asc" as const } }),
  resolveNode: (row) => row.evidence,
});

const quotedPositions = prismaConnectionHelpers(builder, "PositionEvidence", {
  cursor: "positionId_evidenceId",
  select: (nodeSelection) => ({ position: nodeSelection({ select: { id: true } }) }),
  query: (_args, ctx) => ({ where: { position: positionVisibility(ctx) }, orderBy: { positionId: "asc" as const } }),
  resolveNode: (row) => row.position,
});

const quotedDemands = prismaConnectionHelpers(builder, "DemandEvidence", {
  cursor: "demandId_evidenceId",
  select: (nodeSelection) => ({ demand: nodeSelection({ select: { id: true } }) }),
  query: (_args, ctx) => ({ where: { demand: demandVisibility(ctx) }, orderBy: { demandId: "asc" as const } }),
  resolveNode: (row) => row.demand,
});

builder.prismaObjectFields("Position", (t) => ({
  quotes: t.connection(
    {
      type: EvidenceNode,
      description: "The quotes behind this position, paged (a stable order by id).",
      select: (args, ctx, nestedSelection) => ({
        evidence: positionQuotes.getQuery(args, ctx, nestedSelection),
        _count: { select: { evidence: { where: { evidence: evidenceVisibility(ctx) } } } },
      }),
      resolve: (p, args, ctx) => ({ ...positionQuotes.resolve(p.evidence, args, ctx), totalCount: p._count.evidence }),
    },
    { fields: (c) => ({ totalCount: c.int({ description: "How many there are in all.", resolve: (connection) => connection.totalCount }) }) },
  ),
}));

builder.prismaObjectFields("Demand", (t) => ({
  quotes: t.connection(
    {
      type: EvidenceNode,
      description: "The quotes behind this demand, paged (a stable order by id).",
      select: (args, ctx, nestedSelection) => ({
        evidence: demandQuotes.getQuery(args, ctx, nestedSelection),
        _count: { select: { evidence: { where: { evidence: evidenceVisibility(ctx) } } } },
      }),
      resolve: (d, args, ctx) => ({ ...demandQuotes.resolve(d.evidence, args, ctx), totalCount: d._count.evidence }),
    },
    { fields: (c) => ({ totalCount: c.int({ description: "How many there are in all.", resolve: (connection) => connection.totalCount }) }) },
  ),
}));

builder.prismaObjectFields("Evidence", (t) => ({
  supportedPositions: t.connection(
    {
      type: PositionNode,
      description: "Positions this quote supports, paged.",
      select: (args, ctx, nestedSelection) => ({
        positions: quotedPositions.getQuery(args, ctx, nestedSelection),
        _count: { select: { positions: { where: { position: positionVisibility(ctx) } } } },
      }),
      resolve: (e, args, ctx) => ({ ...quotedPositions.resolve(e.positions, args, ctx), totalCount: e._count.positions }),
    },
    { fields: (c) => ({ totalCount: c.int({ description: "How many there are in all.", resolve: (connection) => connection.totalCount }) }) },
  ),
  supportedDemands: t.connection(
    {
      type: DemandNode,
      description: "Demands this quote supports, paged.",
      select: (args, ctx, nestedSelection) => ({
        demands: quotedDemands.getQuery(args, ctx, nestedSelection),
        _count: { select: { demands: { where: { demand: demandVisibility(ctx) } } } },
      }),
      resolve: (e, args, ctx) => ({ ...quotedDemands.resolve(e.demands, args, ctx), totalCount: e._count.demands }),
    },
    { fields: (c) => ({ totalCount: c.int({ description: "How many there are in all.", resolve: (connection) => connection.totalCount }) }) },
  ),
}));
