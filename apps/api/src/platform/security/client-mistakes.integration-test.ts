// A client's mistake is answered with a 4xx and a specific code, never a 500, and never as HTML.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../../testing/harness.js";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api?.stop();
});

interface Answer {
  status: number;
  contentType: string;
  body: { errors?: { message: string; extensions?: Record<string, unknown> }[]; data?: unknown };
}

async function answer(response: Response): Promise<Answer> {
  const contentType = response.headers.get("content-type") ?? "";
  const text = await response.text();
  expect(contentType, text.slice(0, 200)).toMatch(/json/);
  return { status: response.status, contentType, body: JSON.parse(text) as Answer["body"] };
}

const post = async (body: unknown, headers: Record<string, string> = {}) =>
  answer(
    await fetch(`${api.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
  );
const get = async (query: string) => answer(await fetch(`${api.url}/graphql?${query}`, { headers: { "apollo-require-preflight": "1" } }));
const codeOf = (a: Answer) => a.body.errors?.[0]?.extensions?.code;

describe("a client's mistake", () => {
  it("two operations without operationName: 400 OPERATION_RESOLUTION_FAILURE", async () => {
    const a = await post({ query: "query a { __typename } query b { __typename }" });
    expect([a.status, codeOf(a)]).toEqual([400, "OPERATION_RESOLUTION_FAILURE"]);
  });

  it("GET with an unknown operationName: 400 OPERATION_RESOLUTION_FAILURE", async () => {
    const a = await get("query=%7B__typename%7D&operationName=x");
    expect([a.status, codeOf(a)]).toEqual([400, "OPERATION_RESOLUTION_FAILURE"]);
  });

  it.each([
    ["a variable", `query($s: String!) { round(slug: $s) { title } }`, { s: "abu\u0000dhabi" }, "slug"],
    ["a search", `query($s: String!) { searchArticles(query: $s) { totalCount } }`, { s: "a\u0000b" }, "query"],
    ["a literal", `{ round(slug: "abu\\u0000dhabi") { title } }`, undefined, "slug"],
    ["a filter list", `query($p: [String!]) { positions(filter: { parties: $p }) { totalCount } }`, { p: ["russia", "x\u0000"] }, "filter.parties"],
  ])("a NUL character in %s: 400 BAD_USER_INPUT naming the argument", async (_name, query, variables, argument) => {
    const a = await post({ query, variables });
    expect([a.status, codeOf(a), a.body.errors?.[0]?.extensions?.argument]).toEqual([400, "BAD_USER_INPUT", argument]);
  });

  it("a subscription: 400 GRAPHQL_VALIDATION_FAILED", async () => {
    const a = await post({ query: "subscription { x }" });
    expect([a.status, codeOf(a)]).toEqual([400, "GRAPHQL_VALIDATION_FAILED"]);
  });

  it.each([
    ["a hash alone", { extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } } }],
    ["a hash that does not match its query", { query: "{ __typename }", extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } } }],
  ])("a persisted query (%s): 400 PERSISTED_QUERY_NOT_SUPPORTED", async (_name, body) => {
    const a = await post(body);
    expect([a.status, codeOf(a)]).toEqual([400, "PERSISTED_QUERY_NOT_SUPPORTED"]);
  });

  it("a body that is not JSON: 400 BAD_REQUEST in JSON, not Express's HTML page", async () => {
    const a = await post("{");
    expect([a.status, codeOf(a)]).toEqual([400, "BAD_REQUEST"]);
    expect(JSON.stringify(a.body)).not.toMatch(/SyntaxError|at JSON|node_modules/);
  });

  it("an unknown path: 404 NOT_FOUND in JSON", async () => {
    const a = await answer(await fetch(`${api.url}/nothing-here`));
    expect([a.status, codeOf(a)]).toEqual([404, "NOT_FOUND"]);
  });

  it("one error for a repeated unknown directive, with how often it occurred", async () => {
    const a = await post({ query: `query cop { __typename ${"@aa".repeat(10)} }` });
    expect(a.status).toBe(400);
    expect(a.body.errors).toHaveLength(1);
    expect(a.body.errors?.[0]?.extensions?.occurrences).toBe(10);
  });

  it("a few errors, not thousands, for a document full of mistakes", async () => {
    const a = await post({ query: `{ __typename ${Array.from({ length: 1000 }, (_, i) => `@d${i}`).join(" ")} }` });
    expect(a.status).toBe(400);
    expect(a.body.errors?.length).toBeLessThanOrEqual(21);
  });
});
