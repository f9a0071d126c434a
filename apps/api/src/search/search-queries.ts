import { queryFromInfo } from "@pothos/plugin-prisma";
import { resolveOffsetConnection } from "@pothos/plugin-relay";
import type { Article, Party, Person, Topic } from "@parley/db";
import { AppError } from "../graphql/error-formatting.js";
import { NAME_KINDS, searchArticles, searchNames, type NameKind } from "./search-sql.js";
import { ArticleNode } from "../article/article-type.js";
import { builder } from "../graphql/builder.js";
import { PartyNode } from "../party/party-type.js";
import { PersonNode } from "../person/person-type.js";
import { TopicNode } from "../topic/topic-type.js";

const MAX_PAGE = 100;

interface ArticleHitShape {
  article: Article;
  rank: number;
  snippet: string;
}

const ArticleHitRef = builder.objectRef<ArticleHitShape>("ArticleSearchHit").implement({
  description: "An article matching a full-text search.",
  fields: (t) => ({
    article: t.field({ type: ArticleNode, description: "The article.", resolve: (h) => h.article }),
    rank: t.float({
      description:
        "Relevance (higher is better; comparable within one search): how often and how close together the words occur in the title (weighted most) and the lead, the body's first 600 characters. A match only further into the body ranks near 0; ties come newest first.",
      resolve: (h) => h.rank,
    }),
    snippet: t.string({
      description:
        "Up to three passages of the body with the matches wrapped in <mark>…</mark>, from its first 2,000 characters when a match is there, else from the whole body.",
      resolve: (h) => h.snippet,
    }),
  }),
});

const NameKindEnum = builder.enumType("NameKind", { description: "What a name search can find.", values: NAME_KINDS });

interface NameHitShape {
  kind: NameKind;
  matched: string;
  score: number;
  person: Person | null;
  party: Party | null;
  topic: Topic | null;
}

const NameHitRef = builder.objectRef<NameHitShape>("NameSearchHit").implement({
  description: "A person, party or topic found by one of its names or spellings.",
  fields: (t) => ({
    kind: t.field({ type: NameKindEnum, description: "What was found.", resolve: (h) => h.kind }),
    matched: t.string({ description: "The alias or spelling that matched.", resolve: (h) => h.matched }),
    score: t.float({ description: "Similarity, 0 to 1 (1: exact, ignoring case and diacritics).", resolve: (h) => h.score }),
    person: t.field({ type: PersonNode, nullable: true, description: "The person, when kind is PERSON.", resolve: (h) => h.person }),
    party: t.field({ type: PartyNode, nullable: true, description: "The party, when kind is PARTY.", resolve: (h) => h.party }),
    topic: t.field({ type: TopicNode, nullable: true, description: "The topic, when kind is TOPIC.", resolve: (h) => h.topic }),
  }),
});

builder.queryFields((t) => ({
  searchArticles: t.connection(
    {
      type: ArticleHitRef,
      description: "Full-text search over article titles and bodies, ranked, with highlighted snippets. Dutch and English words match their inflections.",
      args: {
        query: t.arg.string({ required: true, description: "Words to find; quotes for phrases, - to exclude (web-search syntax)." }),
        language: t.arg.string({ required: false, description: "Only articles in this language (BCP 47 tag)." }),
      },
      resolve: async (_root, args, ctx, info) => {
        if ((args.first ?? 0) > MAX_PAGE || (args.last ?? 0) > MAX_PAGE)
          throw new AppError("BAD_USER_INPUT", `Pages hold at most ${MAX_PAGE} items.`, { argument: args.first ? "first" : "last" });
        let total = 0;
        const connection = await resolveOffsetConnection({ args, defaultSize: 20, maxSize: MAX_PAGE }, async ({ limit, offset }) => {
          const { hits, total: count } = await searchArticles(ctx, args.query, { language: args.language, first: limit, offset });
          total = count;
          const articles = await ctx.db.article.findMany({
            ...queryFromInfo({ context: ctx, info, paths: [["edges", "node", "article"]] }),
            where: { id: { in: hits.map((h) => h.id) } },
          });
          const byId = new Map(articles.map((a) => [a.id, a]));
          // A hit is an article the search already found visible; it is loaded again with the client's selection.
          return hits.flatMap((h) => {
            const article = byId.get(h.id);
            return article ? [{ article, rank: h.rank, snippet: h.snippet }] : [];
          });
        });
        return { ...connection, totalCount: total };
      },
    },
    {
      description: "Articles matching a search.",
      fields: (c) => ({ totalCount: c.int({ description: "Matches in all.", resolve: (conn) => (conn as { totalCount?: number }).totalCount ?? 0 }) }),
    },
  ),
  searchNames: t.field({
    type: [NameHitRef],
    description:
      "Finds people, parties and topics by any alias or spelling (Poetin, Putin; Kostjoekov, Kostyukov; Zaporizja), ignoring case and diacritics, best match first.",
    args: {
      query: t.arg.string({ required: true, description: "A name or part of one." }),
      kinds: t.arg({ type: [NameKindEnum], required: false, description: "What to look for (default: everything)." }),
      first: t.arg.int({ required: false, defaultValue: 10, description: "How many results (1–50, default 10)." }),
    },
    resolve: async (_root, args, ctx, info) => {
      const first = args.first ?? 10;
      if (first < 1 || first > 50) throw new AppError("BAD_USER_INPUT", "`first` must be between 1 and 50.", { argument: "first" });
      const hits = await searchNames(ctx, args.query, args.kinds ?? NAME_KINDS, first);
      const ids = (kind: NameKind) => hits.filter((h) => h.kind === kind).map((h) => h.id);
      const [people, parties, topics] = [
        ids("PERSON").length
          ? await ctx.db.person.findMany({ ...queryFromInfo({ context: ctx, info, paths: [["person"]] }), where: { id: { in: ids("PERSON") } } })
          : [],
        ids("PARTY").length
          ? await ctx.db.party.findMany({ ...queryFromInfo({ context: ctx, info, paths: [["party"]] }), where: { id: { in: ids("PARTY") } } })
          : [],
        ids("TOPIC").length
          ? await ctx.db.topic.findMany({ ...queryFromInfo({ context: ctx, info, paths: [["topic"]] }), where: { id: { in: ids("TOPIC") } } })
          : [],
      ];
      const find = <T extends { id: string }>(rows: T[], id: string) => rows.find((r) => r.id === id) ?? null;
      return hits.map((h) => ({
        kind: h.kind,
        matched: h.matched,
        score: h.score,
        person: h.kind === "PERSON" ? find(people, h.id) : null,
        party: h.kind === "PARTY" ? find(parties, h.id) : null,
        topic: h.kind === "TOPIC" ? find(topics, h.id) : null,
      }));
    },
  }),
}));
