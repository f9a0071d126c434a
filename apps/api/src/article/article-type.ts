import type { ArticleContributor, ArticleSource } from "@parley/db";
import { OutletNode } from "../outlet/outlet-type.js";
import { articleWhere } from "./list-articles.js";
import { builder } from "../graphql/builder.js";
import { assertOwnCursor } from "../graphql/cursors.js";
import { EditorialStatusEnum } from "../graphql/enums.js";
import { ArticleFilterInput } from "./article-filter-input.js";
import { partialDate, PartialDateRef } from "../graphql/partial-date.js";
import { EDITORIAL_STATE, visible, visibleById, visibleOrNull } from "../visibility/visibility.js";

const ContributorRoleEnum = builder.enumType("ContributorRole", {
  description: "The role an article's credit states.",
  values: {
    AUTHOR: { description: "Wrote it." },
    EDITOR: { description: "Edited it." },
    TRANSLATOR: { description: "Translated it." },
    PHOTOGRAPHER: { description: "Took its photographs." },
    OTHER: { description: "Another credit." },
  },
});

const SourceCitationEnum = builder.enumType("SourceCitation", {
  description: "How an article cites a source.",
  values: {
    LISTED: { description: 'The article lists it among its sources (a "Bronnen" section).' },
    IN_TEXT: { description: 'The body attributes a passage to it ("bevestigde aan TASS").' },
  },
});

const ArticleContributorRef = builder.objectRef<ArticleContributor>("ArticleContributor").implement({
  description: "Someone an article credits, as credited.",
  fields: (t) => ({
    name: t.exposeString("name", { description: "The name exactly as credited." }),
    role: t.field({ type: ContributorRoleEnum, description: "The role the credit states.", resolve: (c) => c.role }),
    sequence: t.exposeInt("sequence", { description: "Order of the credit in the article (1, 2, …)." }),
    note: t.exposeString("note", { nullable: true, description: "Editors' note." }),
  }),
});

const ArticleSourceRef = builder.objectRef<ArticleSource>("ArticleSource").implement({
  description: "A source an article cites: another publication, an agency, a post.",
  fields: (t) => ({
    title: t.exposeString("title", { description: "As the article names it (a listed title, or the publisher's name)." }),
    publisher: t.exposeString("publisher", { nullable: true, description: "Who published it, when the article says." }),
    url: t.exposeString("url", { nullable: true, description: "Where it is, when the article gives it." }),
    citation: t.field({ type: SourceCitationEnum, description: "Listed among the sources, or cited in the text.", resolve: (c) => c.citation }),
    sequence: t.exposeInt("sequence", { description: "Order in the article (1, 2, …)." }),
    note: t.exposeString("note", { nullable: true, description: "Editors' note." }),
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
    published: t.field({
      type: PartialDateRef,
      select: { publishedOn: true, datePrecision: true },
      description: "Publication date, as precisely as known.",
      resolve: (a) => partialDate(a.publishedOn, a.datePrecision),
    }),
    dateNote: t.exposeString("dateNote", {
      nullable: true,
      description: "An editor's note on how an uncertain publication date was read (the reasoning; `published` says only what the source says).",
    }),
    contributors: t.field({
      type: [ArticleContributorRef],
      description: "Everyone the article credits, with the role the credit states, in the article's order.",
      select: { contributors: { orderBy: { sequence: "asc" } } },
      resolve: (a) => a.contributors,
    }),
    sources: t.field({
      type: [ArticleSourceRef],
      description: "The sources the article cites: those it lists and those the text attributes passages to, in the article's order.",
      select: { sources: { orderBy: { sequence: "asc" } } },
      resolve: (a) => a.sources,
    }),
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

builder.queryFields((t) => ({
  articles: t.prismaConnection({
    type: "Article",
    cursor: "id",
    description: "Articles matching the filter, newest first (undated last).",
    args: { filter: t.arg({ type: ArticleFilterInput, required: false, description: "Criteria; omit for all articles." }) },
    resolve: async (query, _root, args, ctx) => {
      await assertOwnCursor(ctx, "article", args);
      return ctx.db.article.findMany({
        ...query,
        where: await articleWhere(ctx, args.filter),
        orderBy: [{ publishedOn: { sort: "desc", nulls: "last" } }, { id: "asc" }],
      });
    },
    totalCount: async (_root, args, ctx) => ctx.db.article.count({ where: await articleWhere(ctx, args.filter) }),
  }),
  article: t.prismaField({
    type: "Article",
    nullable: true,
    description: "One article by slug.",
    args: { slug: t.arg.string({ required: true, description: "The article's slug." }) },
    resolve: (query, _root, args, ctx) => ctx.db.article.findFirst({ ...query, where: { slug: args.slug, ...visible(ctx) } }),
  }),
}));
