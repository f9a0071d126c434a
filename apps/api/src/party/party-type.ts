import { partyListWhere } from "../filters/catalog-filters.js";
import { CatalogFilterInput } from "../graphql/filter-inputs.js";
import { assertOwnCursor } from "../graphql/cursors.js";
import { builder } from "../graphql/builder.js";
import { PartyKindEnum, EditorialStatusEnum } from "../graphql/enums.js";
import { visible, visibleById, delegationVisibility, demandVisibility, positionVisibility } from "../visibility/visibility.js";
import { readNodeInOneStatement } from "../graphql/lean-nodes.js";

export const PartyNode = builder.prismaNode("Party", {
  id: { field: "id" },
  // node(id:) applies the published-only rule; a missing or hidden record is null, not an error.
  findUnique: visibleById,
  nullable: true,
  select: { id: true },
  description: "A state, alliance, organisation or bloc taking part in (or affected by) negotiations.",
  fields: (t) => ({
    slug: t.exposeString("slug", { description: "Stable, URL-safe identifier." }),
    name: t.exposeString("name", { description: "Canonical English name." }),
    shortName: t.exposeString("shortName", { nullable: true, description: "Abbreviation, e.g. US, EU." }),
    kind: t.expose("kind", { type: PartyKindEnum, description: "What kind of actor this is." }),
    description: t.exposeString("description", { nullable: true, description: "Editors' note on the party." }),
    status: t.expose("status", { type: EditorialStatusEnum, description: "Editorial status." }),
    version: t.exposeInt("version", { description: "Increases with every edit; send it back when editing (optimistic concurrency)." }),
    aliases: t.relation("aliases", { description: "Every spelling and name the sources use." }),
    positions: t.relatedConnection("positions", {
      cursor: "id",
      totalCount: true,
      description: "Positions this party has stated, oldest first.",
      query: (_args, ctx) => ({ where: positionVisibility(ctx), orderBy: [{ statedOn: { sort: "asc", nulls: "last" } }, { id: "asc" }] }),
    }),
    demandsMade: t.relatedConnection("demandsMade", {
      cursor: "id",
      totalCount: true,
      description: "Demands this party has made.",
      query: (_args, ctx) => ({ where: demandVisibility(ctx), orderBy: [{ raisedOn: { sort: "asc", nulls: "last" } }, { id: "asc" }] }),
    }),
    demandsReceived: t.relatedConnection("demandsReceived", {
      cursor: "id",
      totalCount: true,
      description: "Demands made of this party.",
      query: (_args, ctx) => ({ where: demandVisibility(ctx), orderBy: [{ raisedOn: { sort: "asc", nulls: "last" } }, { id: "asc" }] }),
    }),
    participations: t.relatedConnection("roundParticipation", {
      cursor: "roundId_partyId_role",
      totalCount: true,
      description: "Rounds this party took part in, with its role there (host, mediator, …), in time order (undated last).",
      query: (_args, ctx) => ({
        where: { round: visible(ctx) },
        orderBy: [{ round: { startDate: { sort: "asc", nulls: "last" } } }, { roundId: "asc" }, { role: "asc" }],
      }),
    }),
    delegations: t.relatedConnection("delegations", {
      cursor: "id",
      totalCount: true,
      description: "Delegations that represented this party, with their members, in the order of their rounds (undated last).",
      query: (_args, ctx) => ({ where: delegationVisibility(ctx), orderBy: [{ round: { startDate: { sort: "asc", nulls: "last" } } }, { id: "asc" }] }),
    }),
    proposals: t.relatedConnection("proposalsAuthored", {
      cursor: "id",
      totalCount: true,
      description: "Proposals this party authored, by title.",
      query: (_args, ctx) => ({ where: visible(ctx), orderBy: [{ title: "asc" }, { id: "asc" }] }),
    }),
  }),
});
readNodeInOneStatement(PartyNode, visibleById);

builder.prismaObject("PartyAlias", {
  description: "One name or spelling of a party.",
  fields: (t) => ({
    name: t.exposeString("name", { description: "The spelling as the source writes it." }),
    language: t.exposeString("language", { nullable: true, description: "Language of this spelling, when known." }),
  }),
});

builder.queryFields((t) => ({
  parties: t.prismaConnection({
    type: "Party",
    cursor: "id",
    description: "All parties, by name.",
    args: { filter: t.arg({ type: CatalogFilterInput, required: false, description: "Criteria; omit for the whole list." }) },
    resolve: async (query, _root, args, ctx) => {
      await assertOwnCursor(ctx, "party", args);
      return ctx.db.party.findMany({ ...query, where: partyListWhere(ctx, args.filter), orderBy: [{ name: "asc" }, { id: "asc" }] });
    },
    totalCount: (_root, args, ctx) => ctx.db.party.count({ where: partyListWhere(ctx, args.filter) }),
  }),
  party: t.prismaField({
    type: "Party",
    nullable: true,
    description: "One party by slug.",
    args: { slug: t.arg.string({ required: true, description: 'The party\'s slug, e.g. "russia".' }) },
    resolve: (query, _root, args, ctx) => ctx.db.party.findFirst({ ...query, where: { slug: args.slug, ...visible(ctx) } }),
  }),
}));
