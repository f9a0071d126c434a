// English full-text search: the seed corpus is Dutch, so an editor ingests an English article here and the
// search must find it by another inflection of a word in its body, highlight it, and keep the language
// filter apart (en vs nl).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../testing/harness.js";
import { signedInAs } from "../testing/users.js";

let api: TestApi;
let editor: Record<string, string>;

const SLUG = "envoys-resume-talks-in-geneva";
const BODY =
  "Envoys from Kyiv and Washington met again in Geneva on Tuesday. After six hours the delegations said the negotiations " +
  "had been difficult but useful, and that technical teams would continue their work on a ceasefire text next week.";

interface Hit {
  rank: number;
  snippet: string;
  article: { slug: string; language: string };
}
interface Hits {
  searchArticles: { totalCount: number; edges: { node: Hit }[] };
}

const SEARCH = `query($q: String!, $language: String) { searchArticles(query: $q, language: $language, first: 20) {
  totalCount edges { node { rank snippet article { slug language } } }
} }`;

async function search(q: string, language: string | null, headers: Record<string, string> = {}): Promise<Hit[]> {
  const { data, errors } = await api.gql<Hits>(SEARCH, { q, language }, headers);
  expect(errors, JSON.stringify(errors)).toBeUndefined();
  expect(data!.searchArticles.totalCount).toBe(data!.searchArticles.edges.length);
  return data!.searchArticles.edges.map((e) => e.node);
}
const slugs = (hits: Hit[]) => hits.map((h) => h.article.slug);

beforeAll(async () => {
  api = await startTestApi();
  editor = { cookie: (await signedInAs(api, ["EDITOR"])).EDITOR };
  const created = await api.gql<{ createArticle: { id: string; version: number } }>(
    `mutation($input: ArticleInput!) { createArticle(input: $input) { id version } }`,
    { input: { slug: SLUG, title: "Envoys meet again in Geneva", language: "en", published: { on: "2026-02-10", precision: "DAY" }, body: BODY } },
    editor,
  );
  expect(created.errors, JSON.stringify(created.errors)).toBeUndefined();
  const { id, version } = created.data!.createArticle;
  // A draft: only staff find it.
  expect(slugs(await search("negotiating", null))).not.toContain(SLUG);
  expect(slugs(await search("negotiating", null, editor))).toContain(SLUG);
  const published = await api.gql<{ changeState: { status: string } }>(
    `mutation($id: ID!, $v: Int!) { changeState(id: $id, version: $v, change: PUBLISH) { status } }`,
    { id, v: version },
    editor,
  );
  expect(published.errors, JSON.stringify(published.errors)).toBeUndefined();
  expect(published.data!.changeState.status).toBe("PUBLISHED");
});
afterAll(async () => {
  await api?.stop();
});

describe("English article search", () => {
  it.each(["negotiating", "negotiation", "Negotiated"])(
    "finds the article by %s, a form its body does not contain, and marks the body's form",
    async (word) => {
      expect(BODY).not.toMatch(new RegExp(`\\b${word}\\b`, "i"));
      const hits = await search(word, null);
      const hit = hits.find((h) => h.article.slug === SLUG);
      expect(hit, `searching ${word}`).toBeDefined();
      expect(hit!.rank).toBeGreaterThan(0);
      expect(hit!.snippet).toContain("<mark>negotiations</mark>");
    },
  );

  it("needs every word: one the article lacks leaves it out", async () => {
    expect(slugs(await search("negotiating ceasefire", "en"))).toContain(SLUG);
    expect(slugs(await search("negotiating sanctions", "en"))).not.toContain(SLUG);
  });

  it("the language filter keeps English and Dutch apart", async () => {
    const english = await search("negotiating", "en");
    expect(slugs(english)).toContain(SLUG);
    for (const h of english) expect(h.article.language).toBe("en");
    expect(slugs(await search("negotiating", "nl"))).not.toContain(SLUG);

    // The Dutch corpus answers a Dutch word under "nl" and not under "en".
    const dutch = await search("onderhandelingen", "nl");
    expect(dutch.length).toBeGreaterThan(0);
    for (const h of dutch) expect(h.article.language).toBe("nl");
    expect(await search("onderhandelingen", "en")).toEqual([]);
  });
});

describe("ranking by the title and the lead", () => {
  // A word no other article has; "filler" keeps it out of the lead (the body's first 600 characters) and,
  // for the third article, out of the first 2,000 characters that the snippet reads first.
  const WORD = "zugzwang";
  const filler = (chars: number) => "The delegations met again and the talks went on into the evening. ".repeat(Math.ceil(chars / 66)).slice(0, chars);
  const articles = [
    { slug: "zugzwang-in-the-title", title: `A ${WORD} at the table`, body: `${filler(300)} Nothing else.` },
    { slug: "zugzwang-after-the-lead", title: "Talks go on", body: `${filler(900)} Both sides were in ${WORD}, said an envoy. ${filler(300)}` },
    { slug: "zugzwang-deep-in-the-body", title: "Talks go on again", body: `${filler(2600)} Both sides were in ${WORD}, said an envoy.` },
  ];
  const PAGE = `query($q: String!, $first: Int, $after: String) { searchArticles(query: $q, first: $first, after: $after) {
    totalCount edges { cursor node { rank snippet article { slug } } } } }`;
  interface Page {
    searchArticles: { totalCount: number; edges: { cursor: string; node: Hit }[] };
  }
  const page = async (variables: Record<string, unknown>) => {
    const { data, errors } = await api.gql<Page>(PAGE, { q: WORD, ...variables }, editor);
    expect(errors, JSON.stringify(errors)).toBeUndefined();
    return data!.searchArticles;
  };

  beforeAll(async () => {
    for (const a of articles) {
      const input = { ...a, language: "en", published: { on: "2026-02-11", precision: "DAY" } };
      const { errors } = await api.gql(`mutation($input: ArticleInput!) { createArticle(input: $input) { id } }`, { input }, editor);
      expect(errors, JSON.stringify(errors)).toBeUndefined();
    }
  });

  it("ranks a match in the title or lead above matches further into the body, and still marks those", async () => {
    const { totalCount, edges } = await page({ first: 10 });
    expect(totalCount).toBe(3);
    const [top, ...rest] = edges.map((e) => e.node);
    expect(top!.article.slug).toBe("zugzwang-in-the-title");
    for (const hit of rest) {
      expect(hit.rank).toBeLessThan(top!.rank);
      // From the whole body when the first 2,000 characters have no match.
      expect(hit.snippet, hit.article.slug).toContain(`<mark>${WORD}</mark>`);
    }
  });

  it("keeps the rank vector current when the body changes", async () => {
    const { data } = await api.gql<{ article: { id: string; version: number } }>(`{ article(slug: "zugzwang-deep-in-the-body") { id version } }`, {}, editor);
    const { errors } = await api.gql(
      `mutation($id: ID!, $v: Int!, $input: ArticleInput!) { updateArticle(id: $id, version: $v, input: $input) { id } }`,
      {
        id: data!.article.id,
        v: data!.article.version,
        input: { ...articles[2]!, language: "en", published: { on: "2026-02-11", precision: "DAY" }, body: `In ${WORD} from the start. ${filler(300)}` },
      },
      editor,
    );
    expect(errors, JSON.stringify(errors)).toBeUndefined();
    const { edges } = await page({ first: 10 });
    const ranks = new Map(edges.map((e) => [e.node.article.slug, e.node.rank]));
    expect(ranks.get("zugzwang-deep-in-the-body")).toBeGreaterThan(ranks.get("zugzwang-after-the-lead")!);
  });

  it("counts every match on every page, also past the last one", async () => {
    const first = await page({ first: 1 });
    expect(first.totalCount).toBe(3);
    expect(first.edges).toHaveLength(1);
    const all = await page({ first: 3 });
    const beyond = await page({ first: 3, after: all.edges[2]!.cursor });
    expect(beyond.edges).toEqual([]);
    expect(beyond.totalCount).toBe(3);
  });
});
