import { EvidenceNode } from "./article.js";
import { builder } from "./builder.js";
import { EditorialStatusEnum } from "./enums.js";
import { partialDate, PartialDateRef } from "./partial-date.js";
import { visible } from "./visibility.js";

builder.prismaNode("Proposal", {
  id: { field: "id" },
  select: { id: true },
  description: "A peace plan or proposal, with its versions.",
  fields: (t) => ({
    slug: t.exposeString("slug", { description: "Stable, URL-safe identifier." }),
    title: t.exposeString("title", { description: "Title." }),
    description: t.exposeString("description", { nullable: true, description: "Editors' description." }),
    status: t.expose("status", { type: EditorialStatusEnum, description: "Editorial status." }),
    authorParty: t.relation("authorParty", { nullable: true, description: "The party that authored it, when known." }),
    versions: t.relation("versions", { description: "Versions in order.", query: { orderBy: { number: "asc" } } }),
    evidence: t.field({
      type: [EvidenceNode],
      description: "Quotes about the proposal.",
      select: (_args, ctx, nested) => ({ evidence: { where: { evidence: visible(ctx) }, select: { evidence: nested(true) } } }),
      resolve: (p) => p.evidence.map((e) => e.evidence),
    }),
  }),
});

builder.prismaObject("ProposalVersion", {
  description: "One version of a proposal (e.g. the 28-point plan, the 19-point revision).",
  fields: (t) => ({
    number: t.exposeInt("number", { description: "1, 2, … in the order the versions appeared." }),
    label: t.exposeString("label", { description: "How the sources name this version." }),
    pointCount: t.exposeInt("pointCount", { nullable: true, description: "Number of points, when given." }),
    pointCountNote: t.exposeString("pointCountNote", { nullable: true, description: "The point count as the sources give it when not a single number (\"19 to 27 points\")." }),
    presented: t.field({ type: PartialDateRef, description: "When it was presented.", resolve: (v) => partialDate(v.presentedOn, v.presentedOnPrecision) }),
    summary: t.exposeString("summary", { nullable: true, description: "What the version contains." }),
    round: t.relation("round", { nullable: true, description: "Where it was presented." }),
    points: t.relation("points", { description: "Its points, in order.", query: { orderBy: { number: "asc" } } }),
  }),
});

builder.prismaObject("ProposalPoint", {
  description: "One point of a proposal version.",
  fields: (t) => ({
    number: t.exposeInt("number", { description: "Point number." }),
    text: t.exposeString("text", { description: "What the point says." }),
    topic: t.relation("topic", { nullable: true, description: "The topic it concerns." }),
  }),
});

builder.queryFields((t) => ({
  proposals: t.prismaConnection({
    type: "Proposal",
    cursor: "id",
    description: "Proposals, by title.",
    resolve: (query, _root, _args, ctx) => ctx.db.proposal.findMany({ ...query, where: visible(ctx), orderBy: [{ title: "asc" }, { id: "asc" }] }),
    totalCount: (_root, _args, ctx) => ctx.db.proposal.count({ where: visible(ctx) }),
  }),
}));
