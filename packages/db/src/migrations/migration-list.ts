// Reads prisma/migrations in Prisma's standard layout (`<timestamp>_<name>/migration.sql`, `migration_lock.toml`).
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { MigrationList } from "@prisma/schema-engine-wasm";
import { repoRoot } from "../env.js";

export const MIGRATIONS_DIR = path.join(repoRoot, "prisma", "migrations");
export const SCHEMA_FILE = path.join(repoRoot, "prisma", "schema.prisma");

export async function listMigrations(baseDir = MIGRATIONS_DIR): Promise<MigrationList> {
  const lockfile = { path: "migration_lock.toml", content: await readFile(path.join(baseDir, "migration_lock.toml"), "utf8").catch(() => null) };
  const entries = await readdir(baseDir, { withFileTypes: true }).catch(() => []);
  const migrationDirectories = await Promise.all(
    entries
      .filter((e) => e.isDirectory())
      .map(async (e) => ({
        path: e.name,
        migrationFile: {
          path: "migration.sql",
          content: await readFile(path.join(baseDir, e.name, "migration.sql"), "utf8").then(
            (value) => ({ tag: "ok" as const, value }),
            (error: Error) => ({ tag: "error" as const, value: error.message }),
          ),
        },
      })),
  );
  migrationDirectories.sort((a, b) => a.path.localeCompare(b.path));
  return { baseDir, lockfile, shadowDbInitScript: "", migrationDirectories };
}
