// The lean GraphQL path (partners' and anonymous readers' plain JSON posts, served without Express) answers exactly as the Express
// path does: the same status, body and headers (less the date, the ETag Express adds and a reset time that
// may tick between the two calls), for answers, client mistakes, refused keys, scopes and rate limits.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiKey } from "../security/api-keys.js";
import { createServer, type ParleyServer } from "../server.js";
import { startTestApi, type TestApi } from "../../testing/harness.js";

let api: TestApi;
const servers: ParleyServer[] = [];
/** Base URLs: lean path on, off; then the same with a limit of 3 requests per key and per address. */
const url = { lean: "", express: "", leanLimited: "", expressLimited: "" };
let key = "";
let schemaOnlyKey = "";
let partyId = "";

beforeAll(async () => {
  api = await startTestApi();
  const start = async (leanGraphQL: boolean, limit: number) => {
    const server = await createServer({
      db: api.database.db,
      databaseUrl: api.database.url,
      rateLimit: { perKey: limit, perAddress: limit },
      trustProxy: false,
      leanGraphQL,
    });
    servers.push(server);
    return server.listen();
  };
  url.lean = await start(true, 1000);
  url.express = await start(false, 1000);
  url.leanLimited = await start(true, 3);
  url.expressLimited = await start(false, 3);
  key = (await createApiKey(api.database.db, { name: "lean partner" })).key;
  schemaOnlyKey = (await createApiKey(api.database.db, { name: "schema only", scopes: ["read:schema"] })).key;
  const parties = await api.gql<{ parties: { edges: { node: { id: string } }[] } }>("{ parties(first: 1) { edges { node { id } } } }");
  partyId = parties.data?.parties.edges[0]?.node.id ?? "";
});
afterAll(async () => {
  for (const server of servers) await server.stop();
  await api?.stop();
});

const IGNORED = new Set(["date", "etag", "ratelimit-reset", "connection", "keep-alive"]);

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

async function post(base: string, body: string | Buffer, headers: Record<string, string>): Promise<Answer & { etag: string | null }> {
  const response = await fetch(`${base}/graphql`, { method: "POST", headers, body });
  const kept: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    if (!IGNORED.has(name)) kept[name] = value;
  });
  return { status: response.status, headers: kept, body: await response.text(), etag: response.headers.get("etag") };
}

/** The same request to both paths: the answers must match, and the lean one must have been served lean. */
async function bothPaths(body: string | Buffer, headers: Record<string, string>, limited = false): Promise<Answer> {
  const sent = { "content-type": "application/json", "x-request-id": "lean-comparison", ...headers };
  const { etag: expressEtag, ...viaExpress } = await post(limited ? url.expressLimited : url.express, body, sent);
  const { etag: leanEtag, ...viaLean } = await post(limited ? url.leanLimited : url.lean, body, sent);
  expect(viaLean).toEqual(viaExpress);
  // Express adds an ETag to every answer; the lean path does not, which shows it served this one.
  expect(expressEtag).not.toBeNull();
  expect(leanEtag).toBeNull();
  return viaLean;
}

const query = (text: string, variables?: Record<string, unknown>) => JSON.stringify({ query: text, variables });

describe("the lean GraphQL path answers as Express does", () => {
  it("for answers", async () => {
    expect((await bothPaths(query("{ __typename }"), { "x-api-key": key })).status).toBe(200);
    const list = await bothPaths(query("{ parties(first: 2) { edges { node { id name } } } }"), { "x-api-key": key });
    expect(list.body).toContain('"edges"');
    const node = await bothPaths(query("query($id: ID!) { node(id: $id) { ... on Party { id name } } }", { id: partyId }), { "x-api-key": ` ${key} ` });
    expect(node.body).toContain(partyId);
    await bothPaths(query("{ __typename }"), {
      "x-api-key": key,
      "content-type": "Application/JSON; charset=UTF-8",
      accept: "application/graphql-response+json",
    });
  });

  it("for a body with a byte-order mark, and one with several characters outside ASCII", async () => {
    const withBom = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from(query('{ a: __typename, parties(filter: { search: "Zürich – ünïcödé 🙂" }) { totalCount } }')),
    ]);
    expect((await bothPaths(withBom, { "x-api-key": key })).status).toBeLessThan(500);
  });

  it("for client mistakes in the body and the document", async () => {
    const mistakes = [
      '{"query": "{ __typename }"',
      '"{ __typename }"',
      "  ",
      "",
      "{}",
      '{"query": 1}',
      query("{ nope }"),
      query("{ parties(first: 500) { totalCount } }"),
    ];
    for (const body of mistakes) expect((await bothPaths(body, { "x-api-key": key })).status).toBe(400);
  });

  it("for refused keys and missing scopes", async () => {
    expect((await bothPaths(query("{ __typename }"), { "x-api-key": "pk_00000000_not-a-key" })).status).toBe(401);
    expect((await bothPaths(query("{ parties(first: 1) { totalCount } }"), { "x-api-key": schemaOnlyKey })).status).toBe(403);
    expect((await bothPaths(query('mutation { revokeApiKey(id: "x") { id } }'), { "x-api-key": key })).status).toBeLessThan(500);
  });

  it("for request ids", async () => {
    const fresh = await bothPaths(query("{ __typename }"), { "x-api-key": key, "x-request-id": "not a plain id!" }).catch((error: unknown) => error);
    // A new id each time: the two answers differ there and only there.
    expect(fresh).toBeInstanceOf(Error);
    const kept = await bothPaths(query("{ __typename }"), { "x-api-key": key, "x-request-id": "abc.DEF-123_x" });
    expect(kept.headers["x-request-id"]).toBe("abc.DEF-123_x");
  });

  it("for anonymous readers", async () => {
    expect((await bothPaths(query("{ parties(first: 2) { edges { node { id name } } } }"), {})).status).toBe(200);
    expect((await bothPaths(query("{ __schema { queryType { name } } }"), {})).status).toBe(401);
    expect((await bothPaths("{", {})).status).toBe(400);
  });

  it("for rate limits, per key and per address", async () => {
    const callers: Record<string, string>[] = [{ "x-api-key": key }, {}];
    for (const headers of callers) {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) statuses.push((await bothPaths(query("{ __typename }"), headers, true)).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
    }
  });
});
