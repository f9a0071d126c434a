import { assertOwnCursor } from "../graphql/cursors.js";
import { articleWhere, evidenceWhere, outletListWhere } from "../filters/list-filters.js";
import { ArticleFilterInput, CatalogFilterInput } from "../graphql/filter-inputs.js";
import { builder } from "../graphql/builder.js";
import { AttributionEnum, ConfidenceEnum, EditorialStatusEnum } from "../graphql/enums.js";
import { partialDate, PartialDateRef } from "../graphql/partial-date.js";
import { EDITORIAL_STATE, QUOTE_LINK, visible, visibleById, visibleOrNull, visibleQuoteOrNull, evidenceVisibility } from "../visibility/visibility.js";
import { PartyNode } from "../party/party-type.js";

export const OutletNode = builder.prismaNode("Outlet", {
  id: { field: "id" },
  // node(id:) applies the published-only rule; a missing or hidden record is null, not an error.
  findUnique: visibleById,
  nullable: true,
  select: { id: true },
  description: "A news outlet.",
  fields: (t) => ({
    status: t.expose("status", { type: EditorialStatusEnum, description: "Editorial status." }),
    version: t.exposeInt("version", { description: "Increases with every edit; send it back when editing (optimistic concurrency)." }),
    slug: t.exposeString("slug", { description: "Stable, URL-safe identifier." }),
    name: t.exposeString("name", { description: "The outlet's name." }),
    url: t.exposeString("url", { nullable: true, description: "Home page." }),
    country: t.exposeString("country", { nullable: true, description: "ISO 3166 country code." }),
    language: t.exposeString("language", { nullable: true, description: "Main publication language." }),
    articles: t.relatedConnection("articles", {
      cursor: "id",
      totalCount: true,
      description: "Articles from this outlet, newest first.",
      query: (_args, ctx) => ({ where: visible(ctx), orderBy: [{ publishedOn: { sort: "desc", nulls: "last" } }, { id: "asc" }] }),
    }),
  }),
});

export const ArticleNode = builder.prismaNode("Article", {
  id: { field: "id" },
  // node(id:) applies the published-only rule; a missing or hidden record is null, not an error.
  findUnique: visibleById,
  nullable: true,
  // Load only the columns a query asks for (an article body is kilobytes; most lists never show it).
  select: { id: true },
  description: "A source text. Quotes (evidence) point into its body by character offsets.",
  fields: (t) => ({
    slug: t.exposeString("slug", { description: "Stable, URL-safe identifier." }),
    title: t.exposeString("title", { description: "Title as published." }),
    author: t.exposeString("author", { nullable: true, description: "Author or editor as printed." }),
    url: t.exposeString("url", { nullable: true, description: "Where the article was published, when known." }),
    language: t.exposeString("language", { description: "BCP 47 language tag of the body." }),
    published: t.field({ type: PartialDateRef, select: { publishedOn: true, datePrecision: true }, description: "Publication date, as precisely as known.", resolve: (a) => partialDate(a.publishedOn, a.datePrecision) }),
    body: t.exposeString("body", { description: "The full text. Offsets count UTF-16 code units." }),
    status: t.expose("status", { type: EditorialStatusEnum, description: "Editorial status." }),
    version: t.exposeInt("version", { description: "Optimistic-concurrency version." }),
    outlet: t.field({
      type: OutletNode,
      nullable: true,
      description: "The outlet, when the text names one.",
      select: (_args, _ctx, nested) => ({ outlet: nested(EDITORIAL_STATE) }),
      resolve: (a, _args, ctx) => visibleOrNull(ctx, a.outlet),
    }),
    evidence: t.relatedConnection("evidence", {
      cursor: "id",
      totalCount: true,
      description: "Quotes taken from this article, in reading order.",
      query: (_args, ctx) => ({ where: visible(ctx), orderBy: [{ startOffset: "asc" }, { id: "asc" }] }),
    }),
  }),
});

export const EvidenceNode = builder.prismaNode("Evidence", {
  id: { field: "id" },
  // node(id:) applies the published-only rule (the quote's and its article's); a hidden record is null.
  findUnique: (id, ctx) => ({ id, ...visible(ctx), article: visible(ctx) }),
  nullable: true,
  select: { id: true },
  description: "An exact passage of an article: the source behind a position, demand or round fact.",
  fields: (t) => ({
    status: t.expose("status", { type: EditorialStatusEnum, description: "Editorial status." }),
    version: t.exposeInt("version", { description: "Increases with every edit; send it back when editing (optimistic concurrency)." }),
    quote: t.exposeString("quote", { description: "The exact text: article.body[startOffset, endOffset)." }),
    startOffset: t.exposeInt("startOffset", { description: "Start offset into the article body (UTF-16 code units)." }),
    endOffset: t.exposeInt("endOffset", { description: "End offset (exclusive)." }),
    translation: t.exposeString("translation", { nullable: true, description: "A translation of the quote." }),
    translationLanguage: t.exposeString("translationLanguage", { nullable: true, description: "Language of the translation." }),
    attribution: t.expose("attribution", { type: AttributionEnum, description: "How the article attributes the passage." }),
    confidence: t.expose("confidence", { type: ConfidenceEnum, description: "The editors' confidence in this reading." }),
    note: t.exposeString("note", { nullable: true, description: "Editors' note." }),
    article: t.relation("article", { description: "The article the quote is from." }),
    speakerParty: t.field({
      type: PartyNode,
      nullable: true,
      description: "Which party the speaker speaks for.",
      select: (_args, _ctx, nested) => ({ speakerParty: nested(EDITORIAL_STATE) }),
      resolve: (e, _args, ctx) => visibleOrNull(ctx, e.speakerParty),
    }),
    deniedBy: t.relation("deniedBy", { description: "Later reports denying this one.", query: (_args, ctx) => ({ where: evidenceVisibility(ctx) }) }),
    roundFacts: t.relation("rounds", { description: "Facts about rounds this quote supports.", query: (_args, ctx) => ({ where: { round: visible(ctx) } }) }),
  }),
});

// Added once the Evidence type exists: a quote can deny another quote.
builder.prismaObjectFields("Evidence", (t) => ({
  denies: t.field({
    type: EvidenceNode,
    nullable: true,
    description: "The earlier report this one denies.",
    select: (_args, _ctx, nested) => ({ denies: nested(QUOTE_LINK) }),
    resolve: (e, _args, ctx) => visibleQuoteOrNull(ctx, e.denies),
  }),
}));

builder.queryFields((t) => ({
  articles: t.prismaConnection({
    type: "Article",
    cursor: "id",
    description: "Articles matching the filter, newest first (undated last).",
    args: { filter: t.arg({ type: ArticleFilterInput, required: false, description: "Criteria; omit for all articles." }) },
    resolve: async (query, _root, args, ctx) => {
      await assertOwnCursor(ctx, "article", args);
      return ctx.db.article.findMany({ ...query, where: await articleWhere(ctx, args.filter), orderBy: [{ publishedOn: { sort: "desc", nulls: "last" } }, { id: "asc" }] });
    },
    totalCount: async (_root, args, ctx) => ctx.db.article.count({ where: await articleWhere(ctx, args.filter) }),
  }),
  outlets: t.prismaConnection({
    type: "Outlet",
    cursor: "id",
    description: "News outlets, by name.",
    args: { filter: t.arg({ type: CatalogFilterInput, required: false, description: "Criteria; omit for the whole list." }) },
    resolve: async (query, _root, args, ctx) => {
      await assertOwnCursor(ctx, "outlet", args);
      return ctx.db.outlet.findMany({ ...query, where: outletListWhere(ctx, args.filter), orderBy: [{ name: "asc" }, { id: "asc" }] });
    },
    totalCount: (_root, args, ctx) => ctx.db.outlet.count({ where: outletListWhere(ctx, args.filter) }),
  }),
  evidence: t.prismaConnection({
    type: "Evidence",
    cursor: "id",
    description: "Quotes, by article then position in the text.",
    args: {
      article: t.arg.string({ required: false, description: "Only quotes from this article (slug)." }),
      speaker: t.arg.string({ required: false, description: "Only quotes of this person (slug)." }),
      attribution: t.arg({ type: AttributionEnum, required: false, description: "Only quotes with this attribution." }),
    },
    resolve: async (query, _root, args, ctx) => {
      await assertOwnCursor(ctx, "evidence", args);
      return ctx.db.evidence.findMany({ ...query, where: await evidenceWhere(ctx, args), orderBy: [{ articleId: "asc" }, { startOffset: "asc" }, { id: "asc" }] });
    },
    totalCount: async (_root, args, ctx) => ctx.db.evidence.count({ where: await evidenceWhere(ctx, args) }),
  }),
  article: t.prismaField({
    type: "Article",
    nullable: true,
    description: "One article by slug.",
    args: { slug: t.arg.string({ required: true, description: "The article's slug." }) },
    resolve: (query, _root, args, ctx) => ctx.db.article.findFirst({ ...query, where: { slug: args.slug, ...visible(ctx) } }),
  }),
}));
