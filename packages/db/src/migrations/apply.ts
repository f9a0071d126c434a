// Applies pending migrations and records them in `_prisma_migrations`, exactly as `prisma migrate deploy`.
import { startEngine } from "./engine.js";
import { listMigrations, MIGRATIONS_DIR } from "./migration-list.js";

export class MigrationError extends Error {
  override readonly name = "MigrationError";
}

export async function applyMigrations(databaseUrl: string, options: { log?: (line: string) => void; dir?: string } = {}): Promise<{ applied: string[] }> {
  const migrationsList = await listMigrations(options.dir ?? MIGRATIONS_DIR);
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
}
