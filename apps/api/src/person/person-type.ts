import { personListWhere } from "../filters/catalog-filters.js";
import { CatalogFilterInput } from "../graphql/filter-inputs.js";
import { assertOwnCursor } from "../graphql/cursors.js";
import { builder } from "../graphql/builder.js";
import { EditorialStatusEnum, DatePrecisionEnum } from "../graphql/enums.js";
import { partialDate, PartialDateRef } from "../graphql/partial-date.js";
import {
  EDITORIAL_STATE,
  QUOTE_LINK,
  visible,
  visibleById,
  visibleOrNull,
  visibleQuoteOrNull,
  delegationVisibility,
  evidenceVisibility,
  positionVisibility,
} from "../visibility/visibility.js";
import { EvidenceNode } from "../evidence/evidence-type.js";
import { PartyNode } from "../party/party-type.js";

export const PersonNode = builder.prismaNode("Person", {
  id: { field: "id" },
  // node(id:) applies the published-only rule; a missing or hidden record is null, not an error.
  findUnique: visibleById,
  nullable: true,
  select: { id: true },
  description: "A negotiator or official.",
  fields: (t) => ({
    slug: t.exposeString("slug", { description: "Stable, URL-safe identifier." }),
    name: t.exposeString("name", { description: "Canonical (English) spelling." }),
    description: t.exposeString("description", { nullable: true, description: "Editors' note." }),
    status: t.expose("status", { type: EditorialStatusEnum, description: "Editorial status." }),
    version: t.exposeInt("version", { description: "Optimistic-concurrency version." }),
    aliases: t.relation("aliases", { description: "Every spelling the sources use (Poetin, Putin, …)." }),
    roles: t.relation("roles", {
      description: "Roles held over time, earliest first.",
      query: (_args, ctx) => ({
        where: { OR: [{ partyId: null }, { party: visible(ctx) }] },
        orderBy: [{ startDate: { sort: "asc", nulls: "first" } }, { id: "asc" }],
      }),
    }),
    positionsVoiced: t.relatedConnection("positionsVoiced", {
      cursor: "id",
      totalCount: true,
      description: "Positions this person voiced for a party.",
      query: (_args, ctx) => ({ where: positionVisibility(ctx), orderBy: [{ statedOn: { sort: "asc", nulls: "last" } }, { id: "asc" }] }),
    }),
    quotes: t.relatedConnection("quotesSpoken", {
      cursor: "id",
      totalCount: true,
      description: "Quotes attributed to this person.",
      query: (_args, ctx) => ({ where: evidenceVisibility(ctx), orderBy: [{ id: "asc" }] }),
    }),
    delegationSeats: t.relatedConnection("delegationSeats", {
      cursor: "id",
      totalCount: true,
      description:
        "Seats this person held in delegations (role, attendance, the delegation with its round and party), in the order of the rounds (undated last).",
      query: (_args, ctx) => ({
        where: { delegation: delegationVisibility(ctx) },
        orderBy: [{ delegation: { round: { startDate: { sort: "asc", nulls: "last" } } } }, { id: "asc" }],
      }),
    }),
  }),
});

builder.prismaObject("PersonAlias", {
  description: "One spelling of a person's name.",
  fields: (t) => ({
    name: t.exposeString("name", { description: "The spelling as the source writes it." }),
    language: t.exposeString("language", { nullable: true, description: "Language or transliteration of this spelling, when known." }),
  }),
});

builder.prismaObject("PersonRole", {
  description: "A role a person held, for a party, over a period.",
  fields: (t) => ({
    title: t.exposeString("title", { description: 'The role, e.g. "Secretary of State".' }),
    party: t.field({
      type: PartyNode,
      nullable: true,
      description: "The party the role is held for.",
      select: (_args, _ctx, nested) => ({ party: nested(EDITORIAL_STATE) }),
      resolve: (r, _args, ctx) => visibleOrNull(ctx, r.party),
    }),
    start: t.field({
      type: PartialDateRef,
      description: "When the role began, as precisely as known.",
      resolve: (r) => partialDate(r.startDate, r.startDatePrecision),
    }),
    end: t.field({
      type: PartialDateRef,
      description: "When the role ended; unknown while it lasts.",
      resolve: (r) => partialDate(r.endDate, r.endDatePrecision),
    }),
    startPrecision: t.expose("startDatePrecision", { type: DatePrecisionEnum, description: "Precision of the start date." }),
    evidence: t.field({
      type: EvidenceNode,
      nullable: true,
      description: "The quote that states the role.",
      select: (_args, _ctx, nested) => ({ evidence: nested(QUOTE_LINK) }),
      resolve: (r, _args, ctx) => visibleQuoteOrNull(ctx, r.evidence),
    }),
  }),
});

// Evidence → its speaker, added here so Evidence's type does not depend on Person's.
builder.prismaObjectFields("Evidence", (t) => ({
  speaker: t.field({
    type: PersonNode,
    nullable: true,
    description: "Who is quoted, when named.",
    select: (_args, _ctx, nested) => ({ speakerPerson: nested(EDITORIAL_STATE) }),
    resolve: (e, _args, ctx) => visibleOrNull(ctx, e.speakerPerson),
  }),
}));

builder.queryFields((t) => ({
  people: t.prismaConnection({
    type: "Person",
    cursor: "id",
    description: "All people, by name.",
    args: { filter: t.arg({ type: CatalogFilterInput, required: false, description: "Criteria; omit for the whole list." }) },
    resolve: async (query, _root, args, ctx) => {
      await assertOwnCursor(ctx, "person", args);
      return ctx.db.person.findMany({ ...query, where: personListWhere(ctx, args.filter), orderBy: [{ name: "asc" }, { id: "asc" }] });
    },
    totalCount: (_root, args, ctx) => ctx.db.person.count({ where: personListWhere(ctx, args.filter) }),
  }),
  person: t.prismaField({
    type: "Person",
    nullable: true,
    description: "One person by slug.",
    args: { slug: t.arg.string({ required: true, description: 'The person\'s slug, e.g. "vladimir-putin".' }) },
    resolve: (query, _root, args, ctx) => ctx.db.person.findFirst({ ...query, where: { slug: args.slug, ...visible(ctx) } }),
  }),
}));
