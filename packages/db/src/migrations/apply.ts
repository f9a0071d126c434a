// Applies pending migrations and records them in `_prisma_migrations`, exactly as `prisma migrate deploy`.
import pg from "pg";
import { embeddedPool } from "../embedded.js";
import { startEngine } from "./engine.js";
import { listMigrations, MIGRATIONS_DIR } from "./migration-list.js";

export class MigrationError extends Error {
  override readonly name = "MigrationError";
}

// One key for every Parley process on a server ("parley:migrations" as a number): a session-level advisory lock.
const MIGRATION_LOCK = 7_021_657_301;

export async function applyMigrations(databaseUrl: string, options: { log?: (line: string) => void; dir?: string } = {}): Promise<{ applied: string[] }> {
  const migrationsList = await listMigrations(options.dir ?? MIGRATIONS_DIR);
  const unlock = await lockMigrations(databaseUrl);
  try {
    const { engine, dispose } = await startEngine(databaseUrl);
    try {
      const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: { externalTables: [], externalEnums: [] } });
      for (const name of appliedMigrationNames) options.log?.(`applied migration ${name}`);
      return { applied: appliedMigrationNames };
    } catch (error) {
      throw new MigrationError(`Migrating the database failed: ${(error as Error).message}`);
    } finally {
      await dispose();
    }
  } finally {
    await unlock();
  }
}

/**
 * The schema engine waits only 10 s for its own lock: an instance starting while another runs a longer migration
 * (a new index on a large table) gives up, or sees the unfinished row in `_prisma_migrations` and refuses to
 * start. Our lock, held for the whole run, has no timeout: the second waits, then finds nothing pending. The embedded database this process started is one backend that only
 * this process migrates, so it takes no lock.
 */
async function lockMigrations(databaseUrl: string): Promise<() => Promise<void>> {
  if (embeddedPool(databaseUrl)) return () => Promise.resolve();
  const client = new pg.Client({ connectionString: databaseUrl });
  client.on("error", () => undefined); // a dropped connection releases the lock by itself
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK]);
  } catch (error) {
    await client.end().catch(() => undefined);
    throw new MigrationError(`Migrating the database failed: ${(error as Error).message}`);
  }
  return async () => {
    await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK]).catch(() => undefined);
    await client.end().catch(() => undefined);
  };
}
