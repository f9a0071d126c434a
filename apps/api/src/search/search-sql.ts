// Search: language-aware full text over articles, and alias-aware name search over people, parties and
// topics. Both are single SQL statements on indexes (GIN on the article search vector; trigram GIN on
// normalised alias names).
import { Prisma } from "@parley/db";
import { normalizeName } from "@parley/domain";
import { visibleSql, type ReadScope } from "../visibility/visibility.js";
import { DomainError } from "../errors/domain-error.js";

export interface ArticleHit {
  id: string;
  rank: number;
  snippet: string;
}

/** The text-search configuration for a language tag; unknown languages get "simple" (no stemming). */
export const REGCONFIG: Readonly<Record<string, string>> = { nl: "dutch", en: "english", de: "german", fr: "french", ru: "russian", uk: "simple" };

/** Plain words only: a query with web-search syntax (quotes, -exclusions, or) is taken as written. */
const PLAIN_WORDS = /^[\p{L}\p{N}'’ ]+$/u;

/**
 * The text-search query for article search and the articles' `text` filter: the words under Dutch,
 * English and plain rules, each word (and the whole query) widened to every alias of a person, party or
 * topic it names exactly, ignoring case and diacritics — "Putin" also finds "Poetin", "Kostyukov"
 * "Kostjoekov". One statement for the aliases (indexed on the normalised names).
 */
export async function articleTsQuery(reader: ReadScope, query: string): Promise<Prisma.Sql> {
  const q = query.trim();
  const plain = (text: string) =>
    Prisma.sql`(websearch_to_tsquery('dutch', ${text}) || websearch_to_tsquery('english', ${text}) || websearch_to_tsquery('simple', ${text}))`;
  if (!PLAIN_WORDS.test(q)) return plain(q);
  const words = q.split(/\s+/).filter((w) => w.length > 0);
  const keys = [...new Set([q, ...words].map((w) => normalizeName(w)).filter((k) => k.length >= 2))];
  const rows = await reader.db.$queryRaw<{ key: string; name: string }[]>`
    WITH owners AS (
      SELECT a.normalized AS key, a."personId" AS owner FROM "PersonAlias" a JOIN "Person" o ON o.id = a."personId"
        WHERE a.normalized = ANY(${keys}::text[]) AND ${visibleSql(reader, "o")}
      UNION SELECT a.normalized, a."partyId" FROM "PartyAlias" a JOIN "Party" o ON o.id = a."partyId"
        WHERE a.normalized = ANY(${keys}::text[]) AND ${visibleSql(reader, "o")}
      UNION SELECT a.normalized, a."topicId" FROM "TopicAlias" a JOIN "Topic" o ON o.id = a."topicId"
        WHERE a.normalized = ANY(${keys}::text[]) AND ${visibleSql(reader, "o")}
    )
    SELECT DISTINCT o.key, x.name FROM owners o JOIN (
      SELECT "personId" AS owner, name FROM "PersonAlias" UNION ALL SELECT "partyId", name FROM "PartyAlias" UNION ALL SELECT "topicId", name FROM "TopicAlias"
    ) x ON x.owner = o.owner`;
  const aliasesOf = (key: string) => rows.filter((r) => r.key === key).map((r) => r.name);
  // A spelling of the whole query, or of one of its words, may stand in for it.
  const widened = (text: string) => {
    const phrases = aliasesOf(normalizeName(text)).map(
      (name) => Prisma.sql`phraseto_tsquery('dutch', ${name}) || phraseto_tsquery('english', ${name}) || phraseto_tsquery('simple', ${name})`,
    );
    return phrases.length ? Prisma.sql`(${plain(text)} || ${Prisma.join(phrases, " || ")})` : plain(text);
  };
  const byWords = Prisma.sql`(${Prisma.join(words.map(widened), " && ")})`;
  return aliasesOf(normalizeName(q)).length && words.length > 1 ? Prisma.sql`(${byWords} || ${widened(q)})` : byWords;
}

/** Ids of the readable articles whose title or body matches the text (the articles list's `text` filter). */
export async function articleIdsMatching(reader: ReadScope, text: string): Promise<string[]> {
  const tsquery = await articleTsQuery(reader, text);
  const rows = await reader.db.$queryRaw<{ id: string }[]>`
    SELECT a.id FROM parley_article_search(${tsquery}) a WHERE ${visibleSql(reader, "a")}`;
  return rows.map((r) => r.id);
}

export async function searchArticles(
  reader: ReadScope,
  query: string,
  options: { language?: string | null; first: number; offset: number },
): Promise<{ hits: ArticleHit[]; total: number }> {
  const q = query.trim();
  if (q.length < 2 || q.length > 200) throw new DomainError("BAD_USER_INPUT", "The search text must be 2 to 200 characters.", { parameter: "query" });
  const language = options.language ?? null;
  // Match the query under Dutch, English and plain (unstemmed) rules, with its names' other spellings: a
  // partner need not know the article's language or how it transliterates a name.
  const tsquery = await articleTsQuery(reader, q);
  // parley_article_search (migration 20261201193000) finds the matches through the GIN index, reading no
  // article's ~6 KB TOASTed vector, and ranks them on the small in-row title-and-lead vector (docs/api.md);
  // the count is of the same matches, exact. Only the page is highlighted (ts_headline parses the text it
  // is given, the costliest step per row): from the body's first 2,000 characters when a match is there,
  // else from the whole body. OFFSET 0 keeps the lead's headline from being computed twice.
  const headline = (text: Prisma.Sql) =>
    Prisma.sql`ts_headline(parley_regconfig(p.language), ${text}, ${tsquery}, 'StartSel=<mark>, StopSel=</mark>, MaxFragments=3, MinWords=8, MaxWords=30, FragmentDelimiter=" … "')`;
  const rows = await reader.db.$queryRaw<{ id: string | null; rank: number | null; snippet: string | null; total: bigint }[]>`
    WITH hits AS (
      SELECT a.id, a.language, a."publishedOn", a.rank FROM parley_article_search(${tsquery}) a
      WHERE ${visibleSql(reader, "a")} AND (${language}::text IS NULL OR a.language = ${language})
    ), page AS (
      SELECT * FROM hits ORDER BY rank DESC, "publishedOn" DESC NULLS LAST, id LIMIT ${options.first} OFFSET ${options.offset}
    )
    SELECT t.total, p.id, p.rank, CASE WHEN s.lead LIKE '%<mark>%' THEN s.lead ELSE ${headline(Prisma.sql`a.body`)} END AS snippet
    FROM (SELECT count(*) AS total FROM hits) t
    LEFT JOIN (page p JOIN "Article" a ON a.id = p.id CROSS JOIN LATERAL (SELECT ${headline(Prisma.sql`left(a.body, 2000)`)} AS lead OFFSET 0) s) ON true
    ORDER BY p.rank DESC, p."publishedOn" DESC NULLS LAST, p.id`;
  // A page past the end is one row with the count and no hit.
  const hits = rows.flatMap((r) => (r.id === null ? [] : [{ id: r.id, rank: Number(r.rank), snippet: r.snippet ?? "" }]));
  return { hits, total: Number(rows[0]?.total ?? 0) };
}

export const NAME_KINDS = ["PERSON", "PARTY", "TOPIC"] as const;
export type NameKind = (typeof NAME_KINDS)[number];

export interface NameHit {
  kind: NameKind;
  id: string;
  matched: string;
  score: number;
}

/** Finds people, parties and topics by any alias or spelling, ignoring case and diacritics. */
export async function searchNames(reader: ReadScope, query: string, kinds: readonly NameKind[], first: number): Promise<NameHit[]> {
  const q = normalizeName(query);
  if (q.length < 2 || q.length > 100) throw new DomainError("BAD_USER_INPUT", "The name must be 2 to 100 letters.", { parameter: "query" });
  const prefix = `${q}%`;
  const word = `% ${q}%`;
  const part = (kind: NameKind, alias: string, owner: string, fk: string) =>
    Prisma.sql`SELECT ${kind}::text AS kind, o.id, a.name AS matched,
                 GREATEST(similarity(a.normalized, ${q}), CASE WHEN a.normalized = ${q} THEN 1 WHEN a.normalized LIKE ${prefix} OR a.normalized LIKE ${word} THEN 0.9 ELSE 0 END) AS score
               FROM ${Prisma.raw(`"${alias}"`)} a JOIN ${Prisma.raw(`"${owner}"`)} o ON o.id = a.${Prisma.raw(`"${fk}"`)}
               WHERE (a.normalized % ${q} OR a.normalized LIKE ${prefix} OR a.normalized LIKE ${word})
                 AND ${visibleSql(reader, "o")}`;
  const parts = [
    kinds.includes("PERSON") ? part("PERSON", "PersonAlias", "Person", "personId") : null,
    kinds.includes("PARTY") ? part("PARTY", "PartyAlias", "Party", "partyId") : null,
    kinds.includes("TOPIC") ? part("TOPIC", "TopicAlias", "Topic", "topicId") : null,
  ].filter((p): p is Prisma.Sql => p !== null);
  if (parts.length === 0) return [];
  // Best-matching alias per record, best records first.
  const rows = await reader.db.$queryRaw<NameHit[]>`
    SELECT DISTINCT ON (kind, id) kind, id, matched, score FROM (${Prisma.join(parts, " UNION ALL ")}) m
    ORDER BY kind, id, score DESC`;
  return rows
    .map((r) => ({ ...r, score: Number(r.score) }))
    .sort((a, b) => b.score - a.score || a.matched.localeCompare(b.matched))
    .slice(0, first);
}
