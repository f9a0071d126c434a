// Bad arguments get a typed error naming the argument at fault, whether given literally or in variables.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../../testing/harness.js";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api?.stop();
});

async function expectArgument(
  query: string,
  variables: Record<string, unknown> | undefined,
  argument: string,
  code = /BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/,
) {
  const response = await api.gql(query, variables);
  expect(response.status, JSON.stringify(response.errors)).toBeLessThan(500);
  expect(response.errors?.length).toBeGreaterThan(0);
  expect(String(response.errors![0]!.extensions?.code)).toMatch(code);
  expect(response.errors![0]!.extensions?.argument, JSON.stringify(response.errors)).toBe(argument);
}

describe("malformed global ids", () => {
  it.each([
    ["not base64 of a type and id", `{ node(id: "not-a-global-id") { id } }`, undefined, "id"],
    ["a variable", `query($id: ID!) { node(id: $id) { id } }`, { id: "bm90IGFuIGlk" }, "id"],
    [
      "a type that is no node",
      `query($id: ID!) { node(id: $id) { id } }`,
      { id: Buffer.from("Query:0190f0f0-0000-7000-8000-000000000000").toString("base64") },
      "id",
    ],
    ["an id that is no UUID", `query($id: ID!) { node(id: $id) { id } }`, { id: Buffer.from("Party:42").toString("base64") }, "id"],
    ["one of several", `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: ["garbage"] }, "ids"],
  ])("%s: BAD_USER_INPUT naming the argument", async (_name, query, variables, argument) => {
    await expectArgument(query, variables, argument, /BAD_USER_INPUT/);
  });
});

describe("cursors", () => {
  it("forged: BAD_USER_INPUT naming `after` or `before`", async () => {
    await expectArgument(`{ rounds(first: 2, after: "Zm9yZ2Vk") { edges { node { slug } } } }`, undefined, "after", /BAD_USER_INPUT/);
    await expectArgument(
      `query($c: String) { positions(last: 2, before: $c) { totalCount } }`,
      { c: Buffer.from("GPC:S:not-a-uuid").toString("base64") },
      "before",
      /BAD_USER_INPUT/,
    );
  });

  it("from another list: BAD_USER_INPUT, not an empty page", async () => {
    const positions = await api.gql<{ positions: { edges: { cursor: string }[] } }>(`{ positions(first: 1) { edges { cursor } } }`);
    const foreign = positions.data!.positions.edges[0]!.cursor;
    await expectArgument(`query($c: String) { rounds(first: 2, after: $c) { edges { node { slug } } } }`, { c: foreign }, "after", /BAD_USER_INPUT/);
    await expectArgument(`query($c: String) { parties(first: 2, after: $c) { edges { node { slug } } } }`, { c: foreign }, "after", /BAD_USER_INPUT/);
  });

  it("of search results (offsets): the next page", async () => {
    const query = `query($c: String) { searchArticles(query: "Abu Dhabi", first: 1, after: $c) { edges { cursor node { article { slug } } } } }`;
    const first = await api.gql<{ searchArticles: { edges: { cursor: string; node: { article: { slug: string } } }[] } }>(query, {});
    const next = await api.gql<{ searchArticles: { edges: { node: { article: { slug: string } } }[] } }>(query, {
      c: first.data!.searchArticles.edges[0]!.cursor,
    });
    expect(next.errors).toBeUndefined();
    expect(next.data!.searchArticles.edges[0]!.node.article.slug).not.toBe(first.data!.searchArticles.edges[0]!.node.article.slug);
  });

  it("of the list itself: the next page", async () => {
    const first = await api.gql<{ rounds: { edges: { cursor: string; node: { slug: string } }[] } }>(`{ rounds(first: 2) { edges { cursor node { slug } } } }`);
    const [a, b] = first.data!.rounds.edges;
    const next = await api.gql<{ rounds: { edges: { node: { slug: string } }[] } }>(
      `query($c: String) { rounds(first: 1, after: $c) { edges { node { slug } } } }`,
      { c: a!.cursor },
    );
    expect(next.errors).toBeUndefined();
    expect(next.data!.rounds.edges[0]!.node.slug).toBe(b!.node.slug);
  });
});

describe("unknown enum values", () => {
  it.each([
    ["literal", `{ positions(filter: { stances: [FURIOUS] }) { totalCount } }`, undefined, "filter.stances"],
    ["list variable", `query($s: [Stance!]) { positions(filter: { stances: $s }) { totalCount } }`, { s: ["SUPPORTS", "FURIOUS"] }, "filter.stances"],
    ["object variable", `query($f: PositionFilter) { positions(filter: $f) { totalCount } }`, { f: { stances: ["FURIOUS"] } }, "filter.stances"],
    ["top-level argument", `{ evidence(attribution: GOSSIP) { totalCount } }`, undefined, "attribution"],
  ])("%s: names the argument", async (_name, query, variables, argument) => {
    await expectArgument(query, variables, argument);
  });
});

describe("dates in the wrong format", () => {
  it.each([
    ["literal", `{ positions(filter: { stated: { from: "2026/01/01" } }) { totalCount } }`, undefined, "filter.stated.from"],
    ["scalar variable", `query($d: Date) { positions(filter: { stated: { to: $d } }) { totalCount } }`, { d: "01-02-2026" }, "filter.stated.to"],
    ["object variable", `query($f: PositionFilter) { positions(filter: $f) { totalCount } }`, { f: { stated: { from: "2026-1-1" } } }, "filter.stated.from"],
    ["range variable", `query($r: DateRange) { demands(filter: { raised: $r }) { totalCount } }`, { r: { from: "yesterday" } }, "filter.raised.from"],
    [
      "impossible day in a variable",
      `query($d: Date) { positions(filter: { stated: { from: $d } }) { totalCount } }`,
      { d: "2026-02-30" },
      "filter.stated.from",
    ],
    ["timeline window", `query($d: Date) { timeline(party: "russia", topic: "donbas", from: $d) { entries { movement } } }`, { d: "2023" }, "from"],
    ["analysis point", `query($d: Date) { comparison(at: { date: $d }) { cells { stance } } }`, { d: "4 Feb 2026" }, "at.date"],
  ])("%s: names the argument", async (_name, query, variables, argument) => {
    await expectArgument(query, variables, argument);
  });
});

// The checks remember what they found in a document (per-operation.ts); what they find depends on the
// variables of each request, so the same text is answered by the values it is sent with.
describe("the same document with other variables", () => {
  it("checks every request's own values", async () => {
    const page = `query($n: Int, $after: String, $f: PositionFilter) { positions(first: $n, after: $after, filter: $f) { edges { node { id } } } }`;
    for (let round = 0; round < 2; round++) {
      expect((await api.gql(page, { n: 5 })).errors).toBeUndefined();
      await expectArgument(page, { n: 500 }, "first", /BAD_USER_INPUT/);
      await expectArgument(page, { n: 5, after: "bm90IGEgY3Vyc29y" }, "after", /BAD_USER_INPUT/);
      await expectArgument(page, { n: 5, f: { parties: ["a\u0000b"] } }, "filter.parties", /BAD_USER_INPUT/);
    }
    const node = `query($id: ID!) { node(id: $id) { id } }`;
    expect((await api.gql(node, { id: Buffer.from("Party:0190f0f0-0000-7000-8000-000000000000").toString("base64") })).errors).toBeUndefined();
    await expectArgument(node, { id: "garbage" }, "id", /BAD_USER_INPUT/);
  });
});
