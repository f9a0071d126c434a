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
