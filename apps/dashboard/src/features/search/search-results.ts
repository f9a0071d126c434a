// Search results grouped by kind, shaped the same for the palette (JSON) and the search page.
import "server-only";
import { SearchDocument } from "@/generated/graphql";
import { apiRequest } from "@/lib/api";
import { getFormat } from "@/lib/format";
import { foldForMatching } from "@/lib/format/fold";

export interface SearchHit {
  href: string;
  title: string;
  /** What matched when it is not the title (an alias: "Kostjoekov"). */
  matched?: string;
  dateText?: string;
  detail?: string;
  /** Highlighted passages for articles: plain text and marked parts, never HTML. */
  snippet?: SnippetPart[];
}

export interface SnippetPart {
  text: string;
  mark: boolean;
}

export interface SearchGroups {
  people: SearchHit[];
  parties: SearchHit[];
  topics: SearchHit[];
  rounds: SearchHit[];
  articles: SearchHit[];
  articleTotal: number;
}

/** Splits the API's snippet on its <mark> tags into text parts; everything else stays text. */
export function parseSnippet(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  const pattern = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (const match of snippet.matchAll(pattern)) {
    if (match.index > last) parts.push({ text: snippet.slice(last, match.index), mark: false });
    parts.push({ text: match[1] ?? "", mark: true });
    last = match.index + match[0].length;
  }
  if (last < snippet.length) parts.push({ text: snippet.slice(last), mark: false });
  return parts;
}

const MIN_QUERY = 2;

export async function search(query: string, size: { names: number; articles: number }): Promise<SearchGroups> {
  const q = query.trim();
  const empty: SearchGroups = { people: [], parties: [], topics: [], rounds: [], articles: [], articleTotal: 0 };
  if (q.length < MIN_QUERY) return empty;
  const [data, format] = await Promise.all([apiRequest(SearchDocument, { query: q, names: size.names, articles: size.articles }), getFormat()]);
  const groups = empty;
  for (const hit of data.searchNames) {
    const matched = (name: string) => (foldForMatching(hit.matched) !== foldForMatching(name) ? hit.matched : undefined);
    if (hit.person) groups.people.push({ href: `/people/${hit.person.slug}`, title: hit.person.name, matched: matched(hit.person.name) });
    else if (hit.party) groups.parties.push({ href: `/parties/${hit.party.slug}`, title: hit.party.name, matched: matched(hit.party.name) });
    else if (hit.topic)
      groups.topics.push({ href: `/topics/${hit.topic.slug}`, title: hit.topic.name, matched: matched(hit.topic.name), detail: hit.topic.path });
  }
  const needle = foldForMatching(q);
  groups.rounds = data.rounds.edges
    .filter(({ node }) => foldForMatching(node.title).includes(needle))
    .slice(0, size.names)
    .map(({ node }) => ({ href: `/rounds/${node.slug}`, title: node.title, dateText: format.partialDate(node.start) }));
  groups.articles = data.searchArticles.edges.map(({ node }) => ({
    href: `/articles/${node.article.slug}`,
    title: node.article.title,
    dateText: format.partialDate(node.article.published),
    ...(node.article.outlet ? { detail: node.article.outlet.name } : {}),
    snippet: parseSnippet(node.snippet),
  }));
  groups.articleTotal = data.searchArticles.totalCount;
  return groups;
}
