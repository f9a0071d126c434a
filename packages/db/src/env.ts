// The database package's configuration, read and validated in one place.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

const schema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .min(1)
    .refine((v) => /^postgres(ql)?:\/\//.test(v), "DATABASE_URL must start with postgres:// or postgresql://")
    .optional(),
  PARLEY_DATA_DIR: z.string().min(1).optional(),
  PARLEY_EMBEDDED_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  PARLEY_SEED_DIR: z.string().min(1).optional(),
});

export class ConfigError extends Error {
  override readonly name = "ConfigError";
}

function read(): z.infer<typeof schema> {
  // eslint-disable-next-line no-restricted-properties
  const parsed = schema.safeParse({ ...process.env, DATABASE_URL: process.env.DATABASE_URL || undefined });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(`Invalid configuration: ${issue?.path.join(".")}: ${issue?.message}`);
  }
  return parsed.data;
}

/** A PostgreSQL server to use instead of the embedded database, when configured. */
export function databaseUrlFromEnv(): string | undefined {
  return read().DATABASE_URL;
}

/** Where the embedded database keeps its files (git-ignored). */
export function embeddedDataDir(): string {
  return path.resolve(read().PARLEY_DATA_DIR ?? path.join(REPO_ROOT, ".parley-data"), "pglite");
}

/** Port of the embedded database's loopback socket; 0 picks a free one. */
export function embeddedPort(): number {
  return read().PARLEY_EMBEDDED_PORT ?? 0;
}

/** The seed data set to load (default: the curated corpus in packages/db/seed). */
export function seedDirFromEnv(): string | undefined {
  const dir = read().PARLEY_SEED_DIR;
  return dir ? path.resolve(dir) : undefined;
}

export const repoRoot = REPO_ROOT;
