// Test databases: a fresh, migrated, seeded database per test run. With DATABASE_URL set, a new database
// is created on that server (and dropped afterwards); without it, an in-memory embedded PostgreSQL.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { createPrismaClient, type ClientOptions, type Db } from "../client.js";
import { startEmbeddedPostgres } from "../embedded.js";
import { databaseUrlFromEnv } from "../env.js";
import { applyMigrations } from "../migrations/apply.js";
import { seedDatabase } from "../seed/index.js";

export interface TestDatabase {
  url: string;
  db: Db;
  embedded: boolean;
  /** Disconnects and removes the database. */
  drop(): Promise<void>;
}

export interface TestDatabaseOptions extends ClientOptions {
  seed?: boolean;
  /** Force the embedded database even when DATABASE_URL is set. */
  embedded?: boolean;
}

export async function createTestDatabase(options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const serverUrl = options.embedded ? undefined : databaseUrlFromEnv();
  let url: string;
  let cleanup: () => Promise<void>;
  if (serverUrl) {
    const name = `parley_test_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
    await withAdmin(serverUrl, (c) => c.query(`CREATE DATABASE "${name}"`));
    const u = new URL(serverUrl);
    u.pathname = `/${name}`;
    url = u.toString();
    cleanup = () => withAdmin(serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined);
  } else {
    const embedded = await startEmbeddedPostgres();
    url = embedded.url;
    cleanup = () => embedded.stop();
  }
  await applyMigrations(url);
  const db = createPrismaClient(url, { poolSize: 5, ...options });
  if (options.seed ?? true) await seedDatabase(db);
  return {
    url,
    db,
    embedded: !serverUrl,
    async drop() {
      await db.$disconnect();
      await cleanup();
    },
  };
}

async function withAdmin<T>(serverUrl: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}
