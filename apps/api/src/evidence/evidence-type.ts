// Quotes (evidence): the GraphQL type, the quote a quote denies, and the quotes list.
import type { TextQuoteSelector } from "@parley/domain";
import { evidenceWhere } from "./list-evidence.js";
import { builder } from "../graphql/builder.js";
import { assertOwnCursor } from "../graphql/cursors.js";
import { AttributionEnum, ConfidenceEnum, EditorialStatusEnum } from "../graphql/enums.js";
import { PartyNode } from "../party/party-type.js";
import { EDITORIAL_STATE, evidenceVisibility, QUOTE_LINK, visible, visibleOrNull, visibleQuoteOrNull } from "../visibility/visibility.js";
import type { Context } from "../platform/context.js";
import { readNodeInOneStatement } from "../graphql/lean-nodes.js";

const TextQuoteSelectorRef = builder.objectRef<TextQuoteSelector>("TextQuoteSelector").implement({
  description: "A W3C Web Annotation TextQuoteSelector: the passage with up to 32 characters either side, to find the quote again when offsets no longer fit.",
  fields: (t) => ({
    exact: t.exposeString("exact", { description: "The passage itself (the quote)." }),
    prefix: t.exposeString("prefix", { description: "The text just before it (empty at the start of the body)." }),
    suffix: t.exposeString("suffix", { description: "The text just after it (empty at the end of the body)." }),
  }),
});

// node(id:) reads a quote only when it and its article are visible; otherwise null.
const evidenceById = (id: string, ctx: Context) => ({ id, ...visible(ctx), article: visible(ctx) });

export const EvidenceNode = builder.prismaNode("Evidence", {
  id: { field: "id" },
  // node(id:) applies the published-only rule (the quote's and its article's); a hidden record is null.
  findUnique: evidenceById,
  nullable: true,
  select: { id: true },
  description: "An exact passage of an article: the source behind a position, demand or round fact.",
  fields: (t) => ({
    status: t.expose("status", { type: EditorialStatusEnum, description: "Editorial status." }),
    version: t.exposeInt("version", { description: "Increases with every edit; send it back when editing (optimistic concurrency)." }),
    quote: t.exposeString("quote", { description: "The exact text: article.body[startOffset, endOffset)." }),
    selector: t.field({
      type: TextQuoteSelectorRef,
      description: "The quote as a W3C TextQuoteSelector (exact, prefix, suffix).",
      select: { quote: true, quotePrefix: true, quoteSuffix: true },
      resolve: (e) => ({ exact: e.quote, prefix: e.quotePrefix, suffix: e.quoteSuffix }),
    }),
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
readNodeInOneStatement(EvidenceNode, evidenceById);

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
      return ctx.db.evidence.findMany({
        ...query,
        where: await evidenceWhere(ctx, args),
        orderBy: [{ articleId: "asc" }, { startOffset: "asc" }, { id: "asc" }],
      });
    },
    totalCount: async (_root, args, ctx) => ctx.db.evidence.count({ where: await evidenceWhere(ctx, args) }),
  }),
}));
