// Article.mentions over GraphQL: which known people, parties, topics and places an article names, where.
import { encodeGlobalID } from "@pothos/plugin-relay";
import type { Context } from "../platform/context.js";
import { builder } from "../graphql/builder.js";
import { articleMentions, type ArticleMention, type MentionOccurrence } from "./article-mentions.js";
import { MENTION_KINDS, mentionCatalog, type MentionCatalog, type MentionKind } from "./mention-catalog.js";

const TYPENAME: Record<MentionKind, string | null> = { PERSON: "Person", PARTY: "Party", TOPIC: "Topic", PLACE: null };

const MentionKindEnum = builder.enumType("MentionKind", {
  description: "What an article mentions: a person, party or topic (records), or a place (a name events and rounds use).",
  values: MENTION_KINDS,
});

const OccurrenceRef = builder.objectRef<MentionOccurrence>("MentionOccurrence").implement({
  description: "One place in the body where a record is named.",
  fields: (t) => ({
    alias: t.exposeString("alias", { description: "The alias that matched, as the catalog spells it." }),
    text: t.exposeString("text", { description: "The body's own spelling at this place." }),
    start: t.exposeInt("start", { description: "Start offset in the body (UTF-16 code units)." }),
    end: t.exposeInt("end", { description: "End offset in the body (exclusive, UTF-16 code units)." }),
  }),
});

const MentionRef = builder.objectRef<ArticleMention>("ArticleMention").implement({
  description: "A known record (or place) the article names, with every place it does so.",
  fields: (t) => ({
    kind: t.field({ type: MentionKindEnum, description: "What is mentioned.", resolve: (m) => m.target.kind }),
    recordId: t.id({
      nullable: true,
      description: "The record's global id (null for a place).",
      resolve: (m) => {
        const typename = TYPENAME[m.target.kind];
        return typename && m.target.id ? encodeGlobalID(typename, m.target.id) : null;
      },
    }),
    slug: t.string({ nullable: true, description: "The record's slug (null for a place).", resolve: (m) => m.target.slug }),
    name: t.string({ description: "The record's name.", resolve: (m) => m.target.name }),
    count: t.int({ description: "How often the article names it.", resolve: (m) => m.occurrences.length }),
    aliases: t.stringList({ description: "The aliases that matched, each once.", resolve: (m) => [...new Set(m.occurrences.map((o) => o.alias))] }),
    occurrences: t.field({ type: [OccurrenceRef], description: "Every place, in reading order.", resolve: (m) => m.occurrences }),
  }),
});

/** One catalog per request, however many articles ask. */
const perRequest = new WeakMap<Context, Promise<MentionCatalog>>();
function catalogFor(ctx: Context): Promise<MentionCatalog> {
  const existing = perRequest.get(ctx);
  if (existing) return existing;
  const catalog = mentionCatalog(ctx.db, ctx);
  perRequest.set(ctx, catalog);
  return catalog;
}

builder.prismaObjectFields("Article", (t) => ({
  mentions: t.field({
    type: [MentionRef],
    select: { body: true },
    description:
      "Every known person, party, topic and place the body names, by any alias, ignoring case and diacritics (as name search does); most mentioned first.",
    resolve: async (a, _args, ctx) => articleMentions(a.body, await catalogFor(ctx)),
  }),
}));
