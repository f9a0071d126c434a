import { serverAudits } from "graphql-http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../../testing/harness.js";
import { createApiKey } from "./api-keys.js";
import { anonymousIntrospection } from "../config/env.js";
import { createServer } from "../server.js";

let api: TestApi;
let key: string;
beforeAll(async () => {
  api = await startTestApi();
  key = (await createApiKey(api.database.db, { name: "test partner" })).key;
});
afterAll(async () => {
  await api?.stop();
});

describe("partner keys", () => {
  it("are stored hashed, never in clear", async () => {
    const rows = await api.database.db.apiKey.findMany({ select: { prefix: true, secretHash: true } });
    for (const row of rows) {
      expect(row.secretHash).toMatch(/^[0-9a-f]{64}$/);
      expect(key).not.toContain(row.secretHash);
    }
  });

  it("let a partner read and record the key's last use", async () => {
    const { status, data } = await api.gql<{ articles: { totalCount: number } }>(`{ articles { totalCount } }`, undefined, { "x-api-key": key });
    expect(status).toBe(200);
    expect(data!.articles.totalCount).toBe(5);
    const row = await api.database.db.apiKey.findFirst({ where: { name: "test partner" }, select: { lastUsedAt: true } });
    expect(row?.lastUsedAt).not.toBeNull();
  });

  it("refuse a forged or revoked key with 401 UNAUTHENTICATED", async () => {
    const forged = `${key.slice(0, -4)}AAAA`;
    const response = await api.gql(`{ articles { totalCount } }`, undefined, { "x-api-key": forged });
    expect(response.status).toBe(401);
    expect(response.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");

    const revoked = await createApiKey(api.database.db, { name: "revoked" });
    await api.database.db.apiKey.update({ where: { id: revoked.id }, data: { revokedAt: new Date() } });
    expect((await api.gql(`{ articles { totalCount } }`, undefined, { "x-api-key": revoked.key })).status).toBe(401);
  });
});

describe("published-only reads", () => {
  it("hide drafts and soft-deleted records from partners and anonymous callers", async () => {
    const db = api.database.db;
    const russia = await db.party.findUniqueOrThrow({ where: { slug: "russia" }, select: { id: true } });
    const before = await api.gql<{ positions: { totalCount: number } }>(`{ positions(filter: { parties: ["russia"] }) { totalCount } }`, undefined, {
      "x-api-key": key,
    });
    const first = await db.position.findFirstOrThrow({ where: { partyId: russia.id }, select: { id: true } });
    await db.position.update({ where: { id: first.id }, data: { status: "DRAFT" } });
    try {
      const asPartner = await api.gql<{ positions: { totalCount: number; edges: { node: { id: string } }[] } }>(
        `{ positions(first: 100, filter: { parties: ["russia"], status: DRAFT }) { totalCount edges { node { id } } } }`,
        undefined,
        { "x-api-key": key },
      );
      // Asking for drafts does not show them: a partner always reads PUBLISHED.
      expect(asPartner.data!.positions.totalCount).toBe(before.data!.positions.totalCount - 1);
      const anonymous = await api.gql<{ party: { positions: { totalCount: number } } }>(`{ party(slug: "russia") { positions { totalCount } } }`);
      expect(anonymous.data!.party.positions.totalCount).toBe(before.data!.positions.totalCount - 1);
    } finally {
      await db.position.update({ where: { id: first.id }, data: { status: "PUBLISHED" } });
    }
  });
});

describe("introspection", () => {
  it("is refused to anonymous callers and open to partners", async () => {
    const anonymous = await api.gql(`{ __schema { queryType { name } } }`);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const partner = await api.gql<{ __schema: { queryType: { name: string } } }>(`{ __schema { queryType { name } } }`, undefined, { "x-api-key": key });
    expect(partner.data!.__schema.queryType.name).toBe("Query");
  });

  it("is open to anonymous callers in development only, for the landing page (Apollo Sandbox)", async () => {
    expect([anonymousIntrospection({ NODE_ENV: "production" }), anonymousIntrospection({ NODE_ENV: "test" })]).toEqual([false, false]);
    const development = await createServer({
      db: api.database.db,
      databaseUrl: api.database.url,
      anonymousIntrospection: anonymousIntrospection({ NODE_ENV: "development" }),
    });
    try {
      const url = await development.listen(0, "127.0.0.1");
      const response = await fetch(`${url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ __schema { queryType { name } } }" }),
      });
      expect(response.status).toBe(200);
      expect(((await response.json()) as { data: { __schema: { queryType: { name: string } } } }).data.__schema.queryType.name).toBe("Query");
    } finally {
      await development.stop();
    }
  });
});

describe("bad input never yields a 500", () => {
  const cases: [string, string, Record<string, unknown> | undefined, RegExp][] = [
    ["a malformed global id", `query($id: ID!) { node(id: $id) { id } }`, { id: "not-a-global-id" }, /BAD_USER_INPUT|NOT_FOUND|GRAPHQL_VALIDATION_FAILED/],
    ["a forged cursor", `{ rounds(first: 2, after: "Zm9yZ2Vk") { edges { node { slug } } } }`, undefined, /BAD_USER_INPUT/],
    ["a page size over the limit", `{ rounds(first: 1000) { edges { node { slug } } } }`, undefined, /BAD_USER_INPUT/],
    ["a page size over the limit in a variable", `query($n: Int) { parties(first: $n) { totalCount } }`, { n: 101 }, /BAD_USER_INPUT/],
    ["an unknown enum value", `{ positions(filter: { stances: [FURIOUS] }) { totalCount } }`, undefined, /GRAPHQL_VALIDATION_FAILED|BAD_USER_INPUT/],
    [
      "a date in the wrong format",
      `{ positions(filter: { stated: { from: "2026/01/01" } }) { totalCount } }`,
      undefined,
      /GRAPHQL_VALIDATION_FAILED|BAD_USER_INPUT/,
    ],
    [
      "an impossible date in a variable",
      `query($d: Date) { positions(filter: { stated: { from: $d } }) { totalCount } }`,
      { d: "2026-02-30" },
      /BAD_USER_INPUT/,
    ],
    [
      "a range that ends before it starts",
      `{ positions(filter: { stated: { from: "2026-02-01", to: "2026-01-01" } }) { totalCount } }`,
      undefined,
      /BAD_USER_INPUT/,
    ],
    [
      "an over-deep query",
      `{ parties { edges { node { positions { edges { node { party { positions { edges { node { party { positions { edges { node { id } } } } } } } } } } } } } } }`,
      undefined,
      /GRAPHQL_VALIDATION_FAILED|BAD_USER_INPUT/,
    ],
    [
      "too many aliases",
      `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: parties { totalCount }`).join(" ")} }`,
      undefined,
      /GRAPHQL_VALIDATION_FAILED|BAD_USER_INPUT/,
    ],
  ];
  it.each(cases)("%s gets a typed error", async (_name, query, variables, code) => {
    const response = await api.gql(query, variables);
    expect(response.status).not.toBe(500);
    expect(response.errors?.length).toBeGreaterThan(0);
    expect(String(response.errors?.[0]?.extensions?.code)).toMatch(code);
    expect(JSON.stringify(response.errors)).not.toMatch(/stacktrace|\.ts:\d+/);
  });

  it("names the argument at fault", async () => {
    const response = await api.gql(`{ rounds(first: 1000) { totalCount } }`);
    expect(response.errors?.[0]?.extensions?.argument).toBe("first");
  });
});

describe("rate limiting", () => {
  it("sends the standard RateLimit headers", async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ __typename }" }),
    });
    expect(response.headers.get("ratelimit-limit")).toMatch(/^\d+$/);
    expect(Number(response.headers.get("ratelimit-remaining"))).toBeGreaterThanOrEqual(0);
  });
});

describe("GraphQL over HTTP", () => {
  it("passes every MUST audit of graphql-http", async () => {
    const withKey: typeof fetch = (input, init) => fetch(input, { ...init, headers: { ...(init?.headers as Record<string, string>), "x-api-key": key } });
    const failures: string[] = [];
    for (const audit of serverAudits({ url: `${api.url}/graphql`, fetchFn: withKey })) {
      if (!audit.name.startsWith("MUST")) continue;
      const result = await audit.fn();
      if (result.status !== "ok") failures.push(`${audit.name}: ${result.reason}`);
    }
    expect(failures).toEqual([]);
  });
});

describe("rate limiting under load", () => {
  it("answers 429 RATE_LIMITED with Retry-After once an address spends its budget", async () => {
    const small = await startTestApi({ rateLimit: { perKey: 5, perAddress: 3 } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) statuses.push((await small.gql(`{ __typename }`)).status);
      expect(statuses.slice(0, 3)).toEqual([200, 200, 200]);
      const limited = await fetch(`${small.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ __typename }" }),
      });
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(((await limited.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe("RATE_LIMITED");
    } finally {
      await small.stop();
    }
  });
});

describe("rate limiting across instances", () => {
  it("keeps its counters in Redis when REDIS_URL is set", async () => {
    const { Redis } = await import("ioredis");
    const redis = new Redis("redis://127.0.0.1:6379");
    const shared = { perKey: 1000, perAddress: 2, redisUrl: "redis://127.0.0.1:6379" };
    const [a, b] = [await startTestApi({ rateLimit: shared }), await startTestApi({ rateLimit: shared })];
    try {
      await redis.del("parley:rl:ip:127.0.0.1", "parley:rl:ip:::ffff:127.0.0.1");
      expect((await a.gql(`{ __typename }`)).status).toBe(200);
      expect((await b.gql(`{ __typename }`)).status).toBe(200);
      // Two API instances share one budget: the third request is refused wherever it lands.
      expect((await a.gql(`{ __typename }`).catch(() => ({ status: 429 }))).status).toBe(429);
      expect((await redis.keys("parley:rl:ip:*")).length).toBeGreaterThan(0);
    } finally {
      await a.stop();
      await b.stop();
      await redis.del(...(await redis.keys("parley:rl:ip:*")));
      redis.disconnect();
    }
  });
});

describe("schema details", () => {
  it("are not suggested to clients", async () => {
    const response = await api.gql(`{ roundz { totalCount } }`);
    expect(response.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });

  it("lists outlets and quotes at the top level", async () => {
    const { data } = await api.gql<{
      outlets: { totalCount: number };
      evidence: { totalCount: number };
      leaked: { edges: { node: { attribution: string } }[] };
    }>(
      `{ outlets { totalCount } evidence(first: 1) { totalCount } leaked: evidence(first: 100, attribution: LEAKED_DOCUMENT) { edges { node { attribution } } } }`,
    );
    expect(data!.outlets.totalCount).toBe(2);
    expect(data!.evidence.totalCount).toBeGreaterThan(100);
    expect(data!.leaked.edges.length).toBeGreaterThan(0);
    expect(data!.leaked.edges.every((e) => e.node.attribution === "LEAKED_DOCUMENT")).toBe(true);
  });
});
