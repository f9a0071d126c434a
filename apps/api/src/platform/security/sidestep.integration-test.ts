// Limits that cannot be sidestepped: long lists, forged X-Forwarded-For, aliased __typename, sign-in guesses
// spread over addresses.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAuth, createAuthClient } from "../auth/auth.js";
import { createUser } from "../auth/users.js";
import { createServer, type ServerOptions } from "../server.js";
import { startTestApi, type TestApi } from "../../testing/harness.js";
import { LIMITS } from "./limits.js";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api?.stop();
});

/** Another API instance on the same database, with its own limits (and fresh counters). */
async function withServer(options: Pick<ServerOptions, "rateLimit" | "signInLimit" | "trustProxy">, run: (url: string) => Promise<void>): Promise<void> {
  const server = await createServer({ db: api.database.db, databaseUrl: api.database.url, rateLimit: { perKey: 100_000, perAddress: 100_000 }, ...options });
  try {
    await run(await server.listen());
  } finally {
    await server.stop();
  }
}

const partyId = (n: number) => Buffer.from(`Party:0192e4a0-0000-7000-8000-${String(n).padStart(12, "0")}`).toString("base64");

describe("list arguments", () => {
  it.each([
    ["nodes(ids:) in a variable", `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: Array.from({ length: 2000 }, (_, i) => partyId(i)) }, "ids"],
    [
      "a filter list in a literal",
      `{ positions(filter: { parties: [${Array.from({ length: 101 }, (_, i) => `"p${i}"`).join(",")}] }) { totalCount } }`,
      undefined,
      "filter.parties",
    ],
    [
      "a list in a variable's default",
      `query($p: [String!] = [${Array.from({ length: 101 }, (_, i) => `"p${i}"`).join(",")}]) { positions(filter: { parties: $p }) { totalCount } }`,
      {},
      "filter.parties",
    ],
  ])("%s longer than a page: 400 BAD_USER_INPUT naming the argument", async (_name, query, variables, argument) => {
    const response = await api.gql(query, variables);
    expect([response.status, response.errors?.[0]?.extensions?.code, response.errors?.[0]?.extensions?.argument]).toEqual([400, "BAD_USER_INPUT", argument]);
  });

  it("a page's worth of ids is fine", async () => {
    const response = await api.gql<{ nodes: unknown[] }>(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, {
      ids: Array.from({ length: LIMITS.listItems }, (_, i) => partyId(i)),
    });
    expect(response.status).toBe(200);
    expect(response.data?.nodes).toHaveLength(LIMITS.listItems);
  });
});

describe("aliases", () => {
  it("count __typename too", async () => {
    const response = await api.gql(`query cop { ${Array.from({ length: 101 }, (_, i) => `alias${i}: __typename`).join(" ")} }`);
    expect(response.status).toBe(400);
    expect(response.data).toBeUndefined();
    expect(response.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });
});

describe("forwarded headers", () => {
  it("buy no extra requests unless the sender is a configured proxy", async () => {
    await withServer({ rateLimit: { perKey: 100, perAddress: 3 } }, async (url) => {
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++) {
        const response = await fetch(`${url}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json", "x-forwarded-for": `203.0.113.${i}` },
          body: JSON.stringify({ query: "{ __typename }" }),
        });
        statuses.push(response.status);
      }
      expect(statuses).toEqual([200, 200, 200, 429, 429, 429]);
    });
  });

  it("are believed from a configured proxy (TRUST_PROXY)", async () => {
    await withServer({ rateLimit: { perKey: 100, perAddress: 1 }, trustProxy: ["loopback"] }, async (url) => {
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++) {
        const response = await fetch(`${url}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json", "x-forwarded-for": `203.0.113.${i}` },
          body: JSON.stringify({ query: "{ __typename }" }),
        });
        statuses.push(response.status);
      }
      expect(statuses).toEqual([200, 200, 200]);
    });
  });
});

async function createAccount(email: string): Promise<void> {
  const authDb = createAuthClient(api.database.url);
  try {
    await createUser(createAuth(authDb), api.database.db, { email, name: "Account", password: "the right password", role: "EDITOR" });
  } finally {
    await authDb.$disconnect();
  }
}

describe("sign-in guesses", () => {
  const signIn = (url: string, email: string, password: string, forwardedFor: string) =>
    fetch(`${url}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: "http://localhost:3000", "x-forwarded-for": forwardedFor },
      body: JSON.stringify({ email, password }),
    });

  it("are limited per account, wherever they come from", async () => {
    // A configured proxy, so every guess really arrives from another address.
    await createAccount("target@parley.test");
    await withServer({ signInLimit: { perAccount: 3, perAddress: 100 }, trustProxy: ["loopback"] }, async (url) => {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) statuses.push((await signIn(url, "Target@parley.test", `wrong guess ${i}!`, `198.51.100.${i}`)).status);
      expect(statuses).toEqual([401, 401, 401, 429, 429]);
      // The owner is locked out too until the window passes: that is what stops the guessing.
      expect((await signIn(url, "target@parley.test", "the right password", "198.51.100.99")).status).toBe(429);
    });
  });

  it("are limited per address, and a forged X-Forwarded-For does not make a new one", async () => {
    await withServer({ signInLimit: { perAccount: 100, perAddress: 3 } }, async (url) => {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) statuses.push((await signIn(url, `nobody${i}@parley.test`, "wrong guess!!!", `198.51.100.${i}`)).status);
      expect(statuses).toEqual([401, 401, 401, 429, 429]);
    });
  });

  it("a success clears the account's failures", async () => {
    await createAccount("owner@parley.test");
    await withServer({ signInLimit: { perAccount: 2, perAddress: 100 } }, async (url) => {
      const statuses: number[] = [];
      for (const password of ["typo one!!!!", "the right password", "typo two!!!!", "the right password"])
        statuses.push((await signIn(url, "owner@parley.test", password, "x")).status);
      expect(statuses).toEqual([401, 200, 401, 200]);
    });
  });
});

describe("arguments inside fragments", () => {
  it("obey the list limit, the NUL rule and the id check like arguments in the operation", async () => {
    const ids = Array.from({ length: 101 }, (_, i) => partyId(i));
    const list = await api.gql(`query($ids: [ID!]!) { ...F } fragment F on Query { nodes(ids: $ids) { id } }`, { ids });
    expect([list.status, list.errors?.[0]?.extensions?.code, list.errors?.[0]?.extensions?.argument]).toEqual([400, "BAD_USER_INPUT", "ids"]);
    const nul = await api.gql(`query($s: String!) { ...F } fragment F on Query { party(slug: $s) { name } }`, { s: "a\u0000" });
    expect([nul.status, nul.errors?.[0]?.extensions?.code]).toEqual([400, "BAD_USER_INPUT"]);
    const forged = await api.gql(`{ ...F } fragment F on Query { node(id: "bm90LWFuLWlk") { id } }`);
    expect([forged.status, forged.errors?.[0]?.extensions?.code, forged.errors?.[0]?.extensions?.argument]).toEqual([400, "BAD_USER_INPUT", "id"]);
  });
});
