// The duplicate warning before ingesting, and the TextQuoteSelector every quote carries (over real HTTP).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../testing/harness.js";
import { signedInAs } from "../testing/users.js";

let api: TestApi;
let editor: Record<string, string>;
let analyst: Record<string, string>;

const BODY =
  "De onderhandelaars van Oekraïne en Rusland kwamen dinsdag opnieuw bijeen in Genève. Na zes uur zeiden beide " +
  "delegaties dat de gesprekken moeilijk maar nuttig waren.\nTechnische teams werken volgende week verder aan een tekst over een staakt-het-vuren.";
const URL = "https://www.example.org/nieuws/2026/02/10/genève-overleg/";
const TITLE = "Delegaties praten opnieuw in Genève";

interface Duplicate {
  reasons: string[];
  bodySimilarity: number | null;
  article: { slug: string; title: string };
}
const DUPLICATES = `query($url: String, $title: String, $body: String) {
  articleDuplicates(url: $url, title: $title, body: $body) { reasons bodySimilarity article { slug title } }
}`;
async function duplicates(vars: { url?: string; title?: string; body?: string }): Promise<Duplicate[]> {
  const { data, errors } = await api.gql<{ articleDuplicates: Duplicate[] }>(DUPLICATES, vars, editor);
  expect(errors, JSON.stringify(errors)).toBeUndefined();
  return data?.articleDuplicates ?? [];
}
const ours = (found: Duplicate[]) => found.find((d) => d.article.slug === "delegaties-geneve");

let articleId = "";

beforeAll(async () => {
  api = await startTestApi();
  const users = await signedInAs(api, ["EDITOR", "ANALYST"]);
  editor = { cookie: users.EDITOR };
  analyst = { cookie: users.ANALYST };
  const created = await api.gql<{ createArticle: { id: string } }>(
    `mutation($input: ArticleInput!) { createArticle(input: $input) { id } }`,
    { input: { slug: "delegaties-geneve", title: TITLE, url: URL, language: "nl", published: { on: "2026-02-10", precision: "DAY" }, body: BODY } },
    editor,
  );
  expect(created.errors, JSON.stringify(created.errors)).toBeUndefined();
  articleId = created.data?.createArticle.id ?? "";
});
afterAll(async () => {
  await api?.stop();
});

describe("articleDuplicates", () => {
  it("finds the same page behind another spelling of its URL", async () => {
    const found = ours(await duplicates({ url: "http://example.org/nieuws/2026/02/10/genève-overleg?utm_source=newsletter#top" }));
    expect(found?.reasons).toEqual(["SAME_URL"]);
    expect(found?.bodySimilarity).toBeNull();
  });

  it("finds the same title whatever its case, diacritics and punctuation", async () => {
    expect(ours(await duplicates({ title: "delegaties praten opnieuw in GENEVE!" }))?.reasons).toEqual(["SAME_TITLE"]);
  });

  it("finds a near-identical body, and says how similar it is", async () => {
    const edited = BODY.replace("dinsdag", "op dinsdag").replace("volgende week", "komende week");
    const found = ours(await duplicates({ body: edited }));
    expect(found?.reasons).toEqual(["SIMILAR_BODY"]);
    expect(found?.bodySimilarity).toBeGreaterThan(0.8);
    expect(found?.bodySimilarity).toBeLessThan(1);
  });

  it("lists every reason at once and nothing unrelated", async () => {
    const found = await duplicates({ url: URL, title: TITLE, body: BODY });
    expect(found.map((d) => d.article.slug)).toEqual(["delegaties-geneve"]);
    expect(found[0]?.reasons).toEqual(["SAME_URL", "SAME_TITLE", "SIMILAR_BODY"]);
    expect(found[0]?.bodySimilarity).toBe(1);
  });

  it("does not match another article on the same subject", async () => {
    const other =
      "Ook in Riyad spraken Amerikaanse en Russische diplomaten over de oorlog; over gebied werd volgens ingewijden niet gesproken, " +
      "wel over gevangenen en de energie-infrastructuur.";
    expect(ours(await duplicates({ url: "https://example.org/nieuws/riyad", title: "Overleg in Riyad", body: other }))).toBeUndefined();
    expect(await duplicates({})).toEqual([]);
  });

  it("finds seeded articles by the keys the seed stored", async () => {
    const { data, errors } = await api.gql<{ articles: { edges: { node: { slug: string; title: string; body: string } }[] } }>(
      `{ articles(first: 1) { edges { node { slug title body } } } }`,
    );
    expect(errors, JSON.stringify(errors)).toBeUndefined();
    const seeded = data?.articles.edges[0]?.node;
    expect(seeded).toBeDefined();
    const found = await duplicates({ title: seeded?.title.toUpperCase() ?? "", body: seeded?.body ?? "" });
    expect(found.find((d) => d.article.slug === seeded?.slug)?.reasons).toEqual(["SAME_TITLE", "SIMILAR_BODY"]);
  });

  it("is for editors only", async () => {
    const anonymous = await api.gql(DUPLICATES, { title: TITLE });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const reader = await api.gql(DUPLICATES, { title: TITLE }, analyst);
    expect(reader.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});

describe("createArticle without a slug", () => {
  it("makes the slug from the title, numbered when taken", async () => {
    const create = (title: string) =>
      api.gql<{ createArticle: { slug: string } }>(
        `mutation($input: ArticleInput!) { createArticle(input: $input) { slug } }`,
        { input: { title, language: "nl", published: { on: null, precision: "UNKNOWN" }, body: BODY } },
        editor,
      );
    const first = await create("Delegaties praten opnieuw in Genève");
    expect(first.errors, JSON.stringify(first.errors)).toBeUndefined();
    expect(first.data?.createArticle.slug).toBe("delegaties-praten-opnieuw-in-geneve");
    expect((await create("Delegaties praten opnieuw in Genève!")).data?.createArticle.slug).toBe("delegaties-praten-opnieuw-in-geneve-2");
  });
});

describe("TextQuoteSelector", () => {
  interface Quote {
    startOffset: number;
    selector: { exact: string; prefix: string; suffix: string };
  }
  const CREATE = `mutation($input: EvidenceInput!) { createEvidence(input: $input) { startOffset selector { exact prefix suffix } } }`;

  it("is stored with every new quote, computed from the body across a line break", async () => {
    const exact = "nuttig waren.\nTechnische teams";
    const { data, errors } = await api.gql<{ createEvidence: Quote }>(CREATE, { input: { article: articleId, text: exact, attribution: "ON_RECORD" } }, editor);
    expect(errors, JSON.stringify(errors)).toBeUndefined();
    const start = BODY.indexOf(exact);
    expect(data?.createEvidence.selector).toEqual({
      exact,
      prefix: BODY.slice(start - 32, start),
      suffix: BODY.slice(start + exact.length, start + exact.length + 32),
    });
  });

  it("moves with its quote when the body changes", async () => {
    const { data: before } = await api.gql<{ node: { version: number } }>(
      `query($id: ID!) { node(id: $id) { ... on Article { version } } }`,
      { id: articleId },
      editor,
    );
    const body = `Genève, 10 februari. ${BODY}`;
    const changed = await api.gql(
      `mutation($id: ID!, $v: Int!, $input: ArticleInput!) { updateArticle(id: $id, version: $v, input: $input) { id } }`,
      { id: articleId, v: before?.node.version, input: { body } },
      editor,
    );
    expect(changed.errors, JSON.stringify(changed.errors)).toBeUndefined();
    const { data } = await api.gql<{ node: { evidence: { edges: { node: Quote }[] } } }>(
      `query($id: ID!) { node(id: $id) { ... on Article { evidence(first: 5) { edges { node { startOffset selector { exact prefix suffix } } } } } } }`,
      { id: articleId },
      editor,
    );
    const [quote] = (data?.node.evidence.edges ?? []).map((e) => e.node);
    const start = body.indexOf("nuttig waren.");
    expect(quote?.startOffset).toBe(start);
    expect(quote?.selector.prefix).toBe(body.slice(start - 32, start));
  });

  it("is present on seeded quotes", async () => {
    type Seeded = { quote: string; startOffset: number; selector: { exact: string; prefix: string; suffix: string } };
    const { data, errors } = await api.gql<{ evidence: { edges: { node: Seeded }[] } }>(
      `{ evidence(first: 20) { edges { node { quote startOffset selector { exact prefix suffix } } } } }`,
    );
    expect(errors, JSON.stringify(errors)).toBeUndefined();
    const nodes = (data?.evidence.edges ?? []).map((e) => e.node);
    expect(nodes.length).toBeGreaterThan(0);
    for (const q of nodes) {
      expect(q.selector.exact).toBe(q.quote);
      expect(q.selector.prefix.length).toBe(Math.min(32, q.startOffset));
    }
    expect(nodes.some((q) => q.selector.suffix.length > 0)).toBe(true);
  });
});
