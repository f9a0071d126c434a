// Opens Parley's database: a PostgreSQL server when DATABASE_URL is set, otherwise the embedded one.
// Either way the schema is migrated, and an empty database receives the seed data.
import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { createPrismaClient, type ClientOptions, type Db } from "./client.js";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./embedded.js";
import { databaseUrlFromEnv, embeddedDataDir, embeddedPort } from "./env.js";
import { applyMigrations } from "./migrations/apply.js";
import { seedDatabase } from "./seed/index.js";

export class DatabaseUnavailableError extends Error {
  override readonly name = "DatabaseUnavailableError";
}

export interface Database {
  db: Db;
  url: string;
  embedded: boolean;
  close(): Promise<void>;
}

export interface OpenOptions extends ClientOptions {
  /** Use this URL instead of DATABASE_URL / the embedded database. */
  url?: string;
  /** Apply pending migrations first (default true). */
  migrate?: boolean;
  /** Load the seed data when the database holds no articles (default true). */
  seedIfEmpty?: boolean;
  log?: (line: string) => void;
}

/** The URL without its password, for messages. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "(unparseable URL)";
  }
}

/** Fails fast with one clear message when the server cannot be reached or the database does not exist. */
export async function checkConnection(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    await client.query("select 1");
  } catch (error) {
    throw new DatabaseUnavailableError(`Cannot use the PostgreSQL database at ${redactUrl(url)}: ${(error as Error).message}`);
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function openDatabase(options: OpenOptions = {}): Promise<Database> {
  const log = options.log ?? (() => undefined);
  const configured = options.url ?? databaseUrlFromEnv();
  let embedded: EmbeddedPostgres | undefined;
  let url: string;
  if (configured) {
    url = configured;
    await checkConnection(url);
  } else {
    const dataDir = embeddedDataDir();
    // Only one process can own the data folder. A running owner (say, the API under `pnpm dev`) leaves
    // its address next to it, so command-line tools join it instead of failing.
    const addressFile = path.join(dataDir, "..", "embedded.url");
    const running = await readFile(addressFile, "utf8").catch(() => undefined);
    if (
      running &&
      (await checkConnection(running.trim()).then(
        () => true,
        () => false,
      ))
    ) {
      url = running.trim();
      log(`joined the running embedded PostgreSQL on ${url}`);
    } else {
      const started = await startEmbeddedPostgres({ dataDir, port: embeddedPort() });
      await writeFile(addressFile, started.url);
      embedded = {
        url: started.url,
        stop: async () => {
          await rm(addressFile, { force: true });
          await started.stop();
        },
      };
      url = started.url;
      log(`embedded PostgreSQL (PGlite) on ${url}, data in ${dataDir}`);
    }
  }
  try {
    if (options.migrate ?? true) {
      const { applied } = await applyMigrations(url, { log });
      if (applied.length > 0) log(`applied ${applied.length} migration(s): ${applied.join(", ")}`);
    }
    const db = createPrismaClient(url, options);
    if ((options.seedIfEmpty ?? true) && (await db.article.count()) === 0) {
      const counts = await seedDatabase(db);
      log(`seeded: ${counts.articles} articles, ${counts.evidence} quotes, ${counts.positions} positions, ${counts.demands} demands`);
    }
    return {
      db,
      url,
      embedded: !configured,
      async close() {
        await db.$disconnect();
        await embedded?.stop();
      },
    };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}
