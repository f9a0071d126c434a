// Hostile requests, generated from a seed: malformed bodies, wrong types, forged ids and cursors, oversized
// lists, injection strings, odd Unicode (NUL included), bad keys and cookies, CSRF shapes, and writes that
// must be refused (no credentials, a partner key, a foreign origin, a stale version, invalid input).
// None of them may change a row or get a 5xx.
import type { Random } from "./random.js";

export interface HostileRequest {
  category: string;
  method: "GET" | "POST" | "PUT" | "DELETE" | "OPTIONS";
  path: string;
  headers: Record<string, string>;
  body?: string;
}

export interface Targets {
  base: string;
  key: string;
  cookie: string;
  /** A real party: its global id and version (writes against it use a version it does not have). */
  party: { id: string; version: number };
  /** A real cursor of the parties connection (used on other connections, it is forged there). */
  partyCursor: string;
}

const INJECTIONS = [
  "' OR '1'='1",
  '\'; DROP TABLE "Party"; --',
  '" OR ""="',
  "1; SELECT pg_sleep(10)",
  "$1",
  "%",
  "_%_",
  "\\",
  "\\\\'",
  "{{7*7}}",
  "${process.env}",
  "<script>alert(1)</script>",
  "../../../../etc/passwd",
  "(a+)+$",
  "[[[[[[[[[[",
  "*)(uid=*))(|(uid=*",
  "russia' --",
  "abu-dhabi-2\u0000",
  "\u0000",
  "a\u0000b",
];
const UNICODE = [
  "\u0000",
  "\ud800",
  "\udfff",
  "\ud83d",
  "\u202e\u0645\u0631\u062d\u0628\u0627",
  "\u200b\u200c\u200d\ufeff",
  "e\u0301".repeat(500),
  "\u{1F1FA}\u{1F1E6}\u{1F3F3}\u{FE0F}\u{200D}\u{1F308}",
  "\uffff\ufffe",
  "Z\u0351\u0362\u0334\u0358a\u0352\u0361l\u035b\u0350g\u034do",
  "\u0130stanbul \u0131",
  "\u00df".repeat(2000),
  "\r\n\t\u000b\u000c",
  "\u{10FFFF}",
];
const NUMBERS: unknown[] = [-1, 0, 101, 1000, 2 ** 31, 2 ** 53, -(2 ** 31) - 1, 1.5, "10", "ten", null, true, [], {}, 1e308];

function b64(text: string): string {
  return Buffer.from(text, "utf8").toString("base64");
}

function hostileString(r: Random): string {
  const kind = r.int(4);
  if (kind === 0) return r.pick(INJECTIONS);
  if (kind === 1) return r.pick(UNICODE);
  if (kind === 2) return `${r.pick(INJECTIONS)}${r.pick(UNICODE)}`;
  return "x".repeat(r.pick([0, 1, 255, 10_000, 200_000]));
}

function uuid(r: Random): string {
  const hex = () => r.int(16).toString(16);
  const part = (n: number) => Array.from({ length: n }, hex).join("");
  return `${part(8)}-${part(4)}-7${part(3)}-8${part(3)}-${part(12)}`;
}

function forgedId(r: Random): unknown {
  return r.pick<() => unknown>([
    () => b64(`Party:${uuid(r)}`),
    () => b64(`User:${uuid(r)}`),
    () => b64(`Account:${uuid(r)}`),
    () => b64(`Party:${r.pick(INJECTIONS)}`),
    () => b64(`NoSuchType:${uuid(r)}`),
    () => b64("Party:"),
    () => b64(`Party:${uuid(r)}:extra`),
    () => uuid(r),
    () => "not base64 at all!",
    () => b64(r.pick(UNICODE)),
    () => "A".repeat(r.pick([1, 1000, 100_000])),
    () => r.int(1_000_000),
    () => null,
    () => [b64(`Party:${uuid(r)}`)],
  ])();
}

function forgedCursor(r: Random, t: Targets): unknown {
  return r.pick<() => unknown>([
    () => t.partyCursor,
    () => b64(JSON.stringify({ id: uuid(r) })),
    () => b64(`GPC:S:${r.pick(INJECTIONS)}`),
    () => b64(`GPC:J:${JSON.stringify([uuid(r), r.pick(INJECTIONS)])}`),
    () => b64("GPC:N:1e309"),
    () => b64(`OffsetConnection:${r.pick(["-1", "99999999999999999999", "abc"])}`),
    () => "%%%",
    () => r.pick(UNICODE),
    () => 42,
  ])();
}

function list(r: Random, make: () => unknown): unknown[] {
  return Array.from({ length: r.pick([0, 1, 101, 500, 2000, 5000]) }, make);
}

const graphql = (query: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query, variables });

/** A GraphQL read whose variables are hostile. */
function hostileRead(r: Random, t: Targets): { category: string; body: string } {
  return r.pick<() => { category: string; body: string }>([
    () => ({
      category: "injection",
      body: graphql(
        `
          query ($s: String!) {
            party(slug: $s) {
              name
            }
          }
        `,
        { s: hostileString(r) },
      ),
    }),
    () => ({
      category: "injection",
      body: graphql(
        `
          query ($s: String!) {
            round(slug: $s) {
              title
            }
          }
        `,
        { s: hostileString(r) },
      ),
    }),
    () => ({
      category: "injection",
      body: graphql(
        `
          query ($q: String!) {
            searchArticles(query: $q) {
              totalCount
            }
          }
        `,
        { q: hostileString(r) },
      ),
    }),
    () => ({
      category: "injection",
      body: graphql(
        `
          query ($t: String) {
            positions(filter: { text: $t }) {
              totalCount
            }
          }
        `,
        { t: hostileString(r) },
      ),
    }),
    () => ({ category: "injection", body: JSON.stringify({ query: `{ party(slug: ${JSON.stringify(hostileString(r))}) { name } }` }) }),
    () => ({ category: "injection", body: JSON.stringify({ query: `{ party(slug: "${r.pick(INJECTIONS)}") { name } }` }) }),
    () => ({
      category: "oversized list",
      body: graphql(
        `
          query ($p: [String!]) {
            positions(filter: { parties: $p }) {
              totalCount
            }
          }
        `,
        { p: list(r, () => hostileString(r)) },
      ),
    }),
    () => ({
      category: "oversized list",
      body: graphql(
        `
          query ($ids: [ID!]!) {
            nodes(ids: $ids) {
              id
            }
          }
        `,
        { ids: list(r, () => b64(`Party:${uuid(r)}`)) },
      ),
    }),
    () => ({
      category: "forged id",
      body: graphql(
        `
          query ($id: ID!) {
            node(id: $id) {
              id
            }
          }
        `,
        { id: forgedId(r) },
      ),
    }),
    () => ({
      category: "oversized list",
      body: graphql(
        `
          query ($ids: [ID!]!) {
            ...F
          }
          fragment F on Query {
            nodes(ids: $ids) {
              id
            }
          }
        `,
        { ids: list(r, () => b64(`Party:${uuid(r)}`)) },
      ),
    }),
    () => ({
      category: "forged id",
      body: graphql(
        `
          query ($id: ID!, $s: String!) {
            ...F
          }
          fragment F on Query {
            node(id: $id) {
              id
            }
            party(slug: $s) {
              name
            }
          }
        `,
        { id: forgedId(r), s: hostileString(r) },
      ),
    }),
    () => ({
      category: "forged id",
      body: graphql(
        `
          query ($ids: [ID!]!) {
            nodes(ids: $ids) {
              id
            }
          }
        `,
        { ids: [forgedId(r), forgedId(r)] },
      ),
    }),
    () => ({
      category: "forged cursor",
      body: graphql(
        `
          query ($a: String) {
            rounds(first: 2, after: $a) {
              edges {
                node {
                  slug
                }
              }
            }
          }
        `,
        { a: forgedCursor(r, t) },
      ),
    }),
    () => ({
      category: "forged cursor",
      body: graphql(
        `
          query ($a: String) {
            positions(first: 2, before: $a) {
              edges {
                cursor
              }
            }
          }
        `,
        { a: forgedCursor(r, t) },
      ),
    }),
    () => ({
      category: "forged cursor",
      body: graphql(
        `
          query ($a: String) {
            auditLog(first: 2, after: $a) {
              edges {
                cursor
              }
            }
          }
        `,
        { a: forgedCursor(r, t) },
      ),
    }),
    () => ({
      category: "wrong type",
      body: graphql(
        `
          query ($n: Int) {
            parties(first: $n) {
              totalCount
            }
          }
        `,
        { n: r.pick(NUMBERS) },
      ),
    }),
    () => ({
      category: "wrong type",
      body: graphql(
        `
          query ($s: String!) {
            party(slug: $s) {
              name
            }
          }
        `,
        { s: r.pick(NUMBERS) },
      ),
    }),
    () => ({
      category: "wrong type",
      body: graphql(
        `
          query ($d: Date) {
            positions(filter: { stated: { from: $d } }) {
              totalCount
            }
          }
        `,
        { d: r.pick(["2026-02-30", "yesterday", "0000-00-00", "2026-13-01", 20260101, "2026-01-01T00:00:00Z"]) },
      ),
    }),
    () => ({
      category: "wrong type",
      body: graphql(
        `
          query ($s: [Stance!]) {
            positions(filter: { stances: $s }) {
              totalCount
            }
          }
        `,
        { s: [r.pick(["FURIOUS", "demands", "", "DEMANDS\u0000"])] },
      ),
    }),
    () => ({
      category: "wrong type",
      body: JSON.stringify({ query: `{ parties(first: ${r.pick(["-1", "1.5", '"10"', "null", "99999999999999999999", "[1]"])}) { totalCount } }` }),
    }),
  ])();
}

/** Documents that attack the GraphQL layer itself. */
function hostileDocument(r: Random): string {
  return r.pick<() => string>([
    () => `{ ${Array.from({ length: r.pick([16, 101, 1000]) }, (_, i) => `a${i}: __typename`).join(" ")} }`,
    () => `query cop { __typename ${"@aa".repeat(r.pick([10, 100, 2000]))} }`,
    () => `{ __typename ${Array.from({ length: 200 }, (_, i) => `@include(if: true) @d${i}`).join(" ")} }`,
    () => `${"{ parties { edges { node { positions { edges { node { party ".repeat(6)}{ id }${" } } } } } }".repeat(6)} }`,
    () => "fragment A on Query { ...B } fragment B on Query { ...A } { ...A }",
    () => `{ ${"__typename ".repeat(6000)} }`,
    () => "{ __schema { types { fields { type { fields { type { fields { type { name } } } } } } } } }",
    () => '{ __type(name: "User") { fields { name } } }',
    () => "{ roundz { totalCount } }",
    () => "query a { __typename } query b { __typename }",
    () => "subscription { x }",
    () => "qwerty cop { abc }",
    () => "{",
    () => "",
    () => `{ viewer { ${"kind ".repeat(50)} } }`,
    () => `{ rounds(first: 100) { edges { node { positions(first: 100) { edges { node { quotes(first: 100) { edges { node { id } } } } } } } } } }`,
  ])();
}

/** Writes, each of which must be refused and change nothing. */
function refusedWrite(r: Random, t: Targets): { category: string; body: string; headers: Record<string, string> } {
  const create = `mutation($i: PartyInput!) { createParty(input: $i) { id } }`;
  const validParty = { slug: `fuzz-${uuid(r).slice(0, 8)}`, name: "Fuzz party", kind: "STATE" };
  const editor = { cookie: t.cookie };
  return r.pick<() => { category: string; body: string; headers: Record<string, string> }>([
    () => ({ category: "write without credentials", body: graphql(create, { i: validParty }), headers: {} }),
    () => ({ category: "write with a partner key", body: graphql(create, { i: validParty }), headers: { "x-api-key": t.key } }),
    () => ({
      category: "CSRF: foreign origin",
      body: graphql(create, { i: validParty }),
      headers: { ...editor, origin: r.pick(["https://evil.example", "null", "http://localhost:3000.evil.example", "http://127.0.0.1:1"]) },
    }),
    () => ({
      category: "stale version",
      body: graphql(
        `
          mutation ($id: ID!, $v: Int!) {
            updateParty(id: $id, version: $v, input: { name: "Stale" }) {
              version
            }
          }
        `,
        { id: t.party.id, v: t.party.version + 1 + r.int(1000) },
      ),
      headers: editor,
    }),
    () => ({
      category: "stale version",
      body: graphql(
        `
          mutation ($id: ID!, $v: Int!) {
            changeState(id: $id, version: $v, change: DELETE) {
              __typename
            }
          }
        `,
        { id: t.party.id, v: -1 - r.int(5) },
      ),
      headers: editor,
    }),
    () => ({ category: "invalid write", body: graphql(create, { i: { ...validParty, name: `NUL\u0000${hostileString(r)}` } }), headers: editor }),
    () => ({
      category: "invalid write",
      body: graphql(create, { i: { ...validParty, aliases: Array.from({ length: 101 + r.int(1000) }, (_, i) => `alias ${i}`) } }),
      headers: editor,
    }),
    () => ({ category: "invalid write", body: graphql(create, { i: { ...validParty, kind: r.pick(["EMPIRE", "", 5, null]) } }), headers: editor }),
    () => ({ category: "invalid write", body: graphql(create, { i: { ...validParty, slug: "russia" } }), headers: editor }),
    () => ({
      category: "invalid write",
      body: graphql(create, { i: { ...validParty, slug: r.pick(["", " ", "UPPER CASE", "a/b", "x".repeat(500), `${r.pick(INJECTIONS)}\u0000`]) } }),
      headers: editor,
    }),
    () => ({
      category: "forged id",
      body: graphql(
        `
          mutation ($id: ID!) {
            updateParty(id: $id, version: 1, input: { name: "Forged" }) {
              version
            }
          }
        `,
        { id: forgedId(r) },
      ),
      headers: editor,
    }),
    () => ({
      category: "forged id",
      body: graphql(
        `
          mutation ($i: PositionInput!) {
            createPosition(input: $i) {
              id
            }
          }
        `,
        {
          i: {
            party: forgedId(r),
            topic: forgedId(r),
            stance: "SUPPORTS",
            summary: "Forged",
            stated: { on: "2026-01-01", precision: "DAY" },
            evidence: [forgedId(r)],
          },
        },
      ),
      headers: editor,
    }),
    () => ({
      category: "wrong type",
      body: graphql(
        `
          mutation ($id: ID!, $v: Int!) {
            updateParty(id: $id, version: $v, input: { name: "x" }) {
              version
            }
          }
        `,
        { id: t.party.id, v: r.pick(NUMBERS) },
      ),
      headers: editor,
    }),
  ])();
}

const ORIGIN_FREE_CT = ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"];

export function hostileRequest(r: Random, t: Targets): HostileRequest {
  const json = { "content-type": "application/json" };
  const pick = r.int(100);
  if (pick < 30) {
    const read = hostileRead(r, t);
    return { category: read.category, method: "POST", path: "/graphql", headers: { ...json, ...(r.int(2) ? { "x-api-key": t.key } : {}) }, body: read.body };
  }
  if (pick < 42)
    return {
      category: "GraphQL overload",
      method: "POST",
      path: "/graphql",
      headers: { ...json, ...(r.int(2) ? { "x-api-key": t.key } : {}) },
      body: JSON.stringify({ query: hostileDocument(r) }),
    };
  if (pick < 62) {
    const write = refusedWrite(r, t);
    return { category: write.category, method: "POST", path: "/graphql", headers: { ...json, ...write.headers }, body: write.body };
  }
  if (pick < 74) {
    const body = r.pick<() => string>([
      () => "{",
      () => '{"query": "{ __typename }"',
      () => "[]",
      () => `[${Array.from({ length: r.pick([2, 10, 100]) }, () => '{"query":"{ __typename }"}').join(",")}]`,
      () => "null",
      () => '"{ __typename }"',
      () => "12345",
      () => JSON.stringify({ query: r.pick(NUMBERS) }),
      () => JSON.stringify({ query: "{ __typename }", variables: r.pick(["x", [], 5, true]) }),
      () => JSON.stringify({ query: "{ __typename }", operationName: r.pick([5, {}, [], "x", "\u0000"]) }),
      () =>
        JSON.stringify({
          query: "{ __typename }",
          extensions: r.pick([{ persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } }, { persistedQuery: { version: 2 } }, "x", []]),
        }),
      () => JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: uuid(r) } } }),
      () => `${"[".repeat(r.pick([1000, 100_000]))}${"]".repeat(100)}`,
      () => Buffer.from(Array.from({ length: 64 }, () => r.int(256))).toString("latin1"),
      () => "",
      () => `{"query": "{ __typename }", "variables": {${Array.from({ length: 2000 }, (_, i) => `"v${i}": ${i}`).join(",")}}}`,
    ])();
    return { category: "malformed body", method: "POST", path: "/graphql", headers: json, body };
  }
  if (pick < 84) {
    const bad = r.pick<() => Record<string, string>>([
      () => ({
        "x-api-key": r.pick([
          "",
          " ",
          "pk_",
          "pk_deadbeef_",
          `pk_deadbeef_${"A".repeat(43)}`,
          `${t.key.slice(0, -2)}xx`,
          t.key.toUpperCase(),
          "A".repeat(8000),
        ]),
      }),
      () => ({ "x-api-key": `${t.key},${t.key}` }),
      () => ({ cookie: `better-auth.session_token=${r.pick(["", "x", "forged.signature", "A".repeat(4000), encodeURIComponent(r.pick(INJECTIONS))])}` }),
      () => ({ cookie: `${t.cookie.slice(0, -3)}abc` }),
      () => ({ cookie: `${t.cookie}; better-auth.session_token=second` }),
      () => ({ cookie: `__Secure-better-auth.session_token=${uuid(r)}` }),
    ])();
    return {
      category: "bad key or cookie",
      method: "POST",
      path: "/graphql",
      headers: { ...json, ...bad },
      body: graphql(`
        {
          viewer {
            kind
          }
          articles {
            totalCount
          }
        }
      `),
    };
  }
  if (pick < 92) {
    const mutation = JSON.stringify({ query: `mutation { createParty(input: { slug: "csrf-${uuid(r).slice(0, 8)}", name: "CSRF", kind: STATE }) { id } }` });
    return r.pick<() => HostileRequest>([
      () => ({
        category: "CSRF shape",
        method: "POST",
        path: "/graphql",
        headers: { "content-type": r.pick(ORIGIN_FREE_CT), cookie: t.cookie },
        body: mutation,
      }),
      () => ({
        category: "CSRF shape",
        method: "POST",
        path: "/graphql",
        headers: { "content-type": "application/x-www-form-urlencoded", cookie: t.cookie },
        body: `query=${encodeURIComponent("mutation { __typename }")}`,
      }),
      () => ({
        category: "CSRF shape",
        method: "GET",
        path: `/graphql?query=${encodeURIComponent('mutation { createParty(input: { slug: "csrf-get", name: "CSRF", kind: STATE }) { id } }')}`,
        headers: { cookie: t.cookie },
      }),
      () => ({ category: "CSRF shape", method: "GET", path: `/graphql?query=${encodeURIComponent("{ __typename }")}`, headers: {} }),
      () => ({ category: "CSRF shape", method: "POST", path: "/graphql", headers: { cookie: t.cookie }, body: mutation }),
    ])();
  }
  return r.pick<() => HostileRequest>([
    () => ({
      category: "sign-in endpoint",
      method: "POST",
      path: "/api/auth/sign-in/email",
      headers: { ...json, origin: t.base },
      body: r.pick([
        "{",
        "[]",
        JSON.stringify({ email: 5, password: [] }),
        JSON.stringify({ email: `nobody${r.int(1000)}@parley.test`, password: hostileString(r).slice(0, 300) }),
        "x".repeat(20_000),
      ]),
    }),
    () => ({
      category: "sign-in endpoint",
      method: r.pick(["GET", "POST"] as const),
      path: `/api/auth/${r.pick(["update-user", "list-sessions", "change-password", "sign-up/email", "delete-user", "revoke-sessions", "..%2F..%2Fetc", "ok", "error"])}`,
      headers: { ...json, origin: t.base, cookie: t.cookie },
      body: "{}",
    }),
    () => ({
      category: "odd path or method",
      method: r.pick(["PUT", "DELETE", "OPTIONS"] as const),
      path: "/graphql",
      headers: { ...json, origin: "https://evil.example" },
      body: '{"query":"{ __typename }"}',
    }),
    () => ({
      category: "odd path or method",
      method: "GET",
      path: r.pick(["/", "/graphql/../etc/passwd", "/%2e%2e/", "/healthz?x=\u0000", "/api", "/.env", `/${"a".repeat(5000)}`]),
      headers: {},
    }),
  ])();
}
