// The data version held in memory from PostgreSQL's notifications: a write the API did not make (another
// connection, another instance, a tool) changes what it serves without a restart, a revoked key is refused,
// and while the listener is down every request reads the version from the table and stays exact.
// On a PostgreSQL server (DATABASE_URL) the listener runs and requests read no "DataVersion"; on the embedded
// database it cannot (one backend behind one shared connection), so these check the per-request read there.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "@parley/db";
import { startTestApi, type TestApi } from "../testing/harness.js";
import { signedInAs } from "../testing/users.js";
import { createApiKey } from "../platform/security/api-keys.js";
import { DataVersionListener } from "./data-version-listener.js";
import { createServer } from "../platform/server.js";

let api: TestApi;
let other: Db;
let admin: Record<string, string>;
let statements: string[] = [];
// Long enough that only a notification (not the heartbeat, not a reconnection) can move the version here.
const SLOW = { heartbeatMs: 600_000, backoffMs: 600_000 };

beforeAll(async () => {
  api = await startTestApi({ onQuery: (sql) => void statements.push(sql), responseCache: { megabytes: 8 }, liveDataVersion: SLOW });
  // A second client: its own connections on a server (the shared one on the embedded database).
  other = createPrismaClient(api.database.url);
  admin = { cookie: (await signedInAs(api, ["ADMIN"])).ADMIN };
});
afterAll(async () => {
  await other?.$disconnect();
  await api?.stop();
});

const SHORT_NAME = `query($slug: String!) { party(slug: $slug) { shortName } }`;
const READ = `{ parties(first: 1) { edges { node { name } } } }`;
const readsVersion = () => statements.some((sql) => sql.includes('"DataVersion"'));

async function shortName(slug: string): Promise<string | null | undefined> {
  const res = await api.gql<{ party: { shortName: string | null } }>(SHORT_NAME, { slug });
  return res.data?.party.shortName;
}

/** Within the notification's window (milliseconds); the heartbeat and reconnection are 10 minutes away. */
const SOON = { timeout: 5_000, interval: 10 };

describe("data version in memory", () => {
  it("answers a request without reading the data version while the listener is live", async () => {
    statements = [];
    const res = await api.gql(`{ parties(first: 2) { edges { node { slug } } } }`);
    expect(res.errors).toBeUndefined();
    expect(statements.some((sql) => sql.includes('"Party"'))).toBe(true);
    expect(readsVersion()).toBe(api.database.embedded);
  });

  it("serves a write made by another connection without a restart (the cached answer is dropped)", async () => {
    expect(await shortName("ukraine")).not.toBe("UA-listen");
    // The answer is now in the response cache, under the version before the write.
    await other.$executeRaw`UPDATE "Party" SET "shortName" = 'UA-listen' WHERE slug = 'ukraine'`;
    await expect.poll(() => shortName("ukraine"), SOON).toBe("UA-listen");
  });

  it("refuses a key revoked by another connection", async () => {
    const { id, key } = await createApiKey(api.database.db, { name: "revoked elsewhere" });
    await expect.poll(async () => (await api.gql(READ, undefined, { "x-api-key": key })).status, SOON).toBe(200);
    await other.$executeRaw`UPDATE "ApiKey" SET "revokedAt" = now() WHERE id = ${id}::uuid`;
    await expect.poll(async () => (await api.gql(READ, undefined, { "x-api-key": key })).status, SOON).toBe(401);
  });

  it("refuses a key revoked through this API on the very next request (read-your-writes)", async () => {
    // A second instance whose listener hears no notifications: only its own refresh after the mutation
    // (or, on the embedded database, the per-request read) can tell it the key is revoked.
    const deaf = await createServer({
      db: api.database.db,
      databaseUrl: api.database.url,
      rateLimit: { perKey: 100_000, perAddress: 100_000 },
      liveDataVersion: api.database.embedded ? false : { ...SLOW, channel: "parley_data_version_unused" },
    });
    const url = await deaf.listen();
    const send = async (query: string, variables: Record<string, unknown>, headers: Record<string, string>) => {
      const res = await fetch(`${url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, body: (await res.json()) as { errors?: unknown[] } };
    };
    try {
      const { id, key } = await createApiKey(api.database.db, { name: "revoked here" });
      expect((await send(READ, {}, { "x-api-key": key })).status).toBe(200);
      expect((await send(READ, {}, { "x-api-key": key })).status).toBe(200);
      const revoked = await send(`mutation($id: String!) { revokeApiKey(id: $id) { revokedAt } }`, { id }, admin);
      expect(revoked.body.errors).toBeUndefined();
      expect((await send(READ, {}, { "x-api-key": key })).status).toBe(401);
    } finally {
      await deaf.stop();
    }
  });

  it("stays exact while the listener is down: every request reads the version", async () => {
    // Kill the listening connection from outside; it reconnects only after 10 minutes here.
    await other.$executeRaw`SELECT pg_terminate_backend(pid) FROM pg_stat_activity
      WHERE application_name = 'parley-data-version-listener' AND datname = current_database()`;
    await expect
      .poll(async () => {
        statements = [];
        await api.gql(`{ parties(first: 3) { edges { node { slug } } } }`);
        return readsVersion();
      }, SOON)
      .toBe(true);
    expect(await shortName("russia")).not.toBe("RU-fallback");
    await other.$executeRaw`UPDATE "Party" SET "shortName" = 'RU-fallback' WHERE slug = 'russia'`;
    // No waiting: the table is read on this very request.
    expect(await shortName("russia")).toBe("RU-fallback");
    const { id, key } = await createApiKey(api.database.db, { name: "revoked while down" });
    expect((await api.gql(READ, undefined, { "x-api-key": key })).status).toBe(200);
    await other.$executeRaw`UPDATE "ApiKey" SET "revokedAt" = now() WHERE id = ${id}::uuid`;
    expect((await api.gql(READ, undefined, { "x-api-key": key })).status).toBe(401);
  });
});

describe("the listener's connection", () => {
  it("vouches for nothing and retries with backoff while it cannot connect", async () => {
    const errors: Error[] = [];
    const listener = new DataVersionListener("postgresql://postgres@127.0.0.1:1/none", { backoffMs: 20, onError: (e) => void errors.push(e) });
    try {
      await listener.start();
      expect(listener.current()).toBeNull();
      await expect.poll(() => errors.length, SOON).toBeGreaterThanOrEqual(3);
      expect(listener.current()).toBeNull();
    } finally {
      await listener.close();
    }
  });

  it("follows the version, goes down when its connection is killed, and comes back", async () => {
    const current = async () => (await other.$queryRaw<{ version: bigint }[]>`SELECT version FROM "DataVersion"`)[0]?.version;
    if (api.database.embedded) {
      // No second connection to the embedded database: the API read the version per request above instead.
      expect(readsVersion()).toBe(true);
      return;
    }
    const listener = new DataVersionListener(api.database.url, { backoffMs: 300, heartbeatMs: 600_000 });
    try {
      await listener.start();
      expect(listener.current()).toBe(await current());
      await other.$executeRaw`UPDATE "Party" SET "shortName" = 'UA-again' WHERE slug = 'ukraine'`;
      const after = await current();
      await expect.poll(() => listener.current(), SOON).toBe(after);
      await other.$executeRaw`SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE application_name = 'parley-data-version-listener' AND datname = current_database() AND pid <> pg_backend_pid()`;
      await expect.poll(() => listener.current(), SOON).toBeNull();
      await other.$executeRaw`UPDATE "Party" SET "shortName" = 'UA-back' WHERE slug = 'ukraine'`;
      const latest = await current();
      // Back after the backoff, with the version read after LISTEN (the write while it was down included).
      await expect.poll(() => listener.current(), SOON).toBe(latest);
    } finally {
      await listener.close();
    }
  });
});
