import { randomBytes } from "node:crypto";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../embedded.js";
import { databaseUrlFromEnv } from "../env.js";
import { applyMigrations } from "./apply.js";
import { pendingSchemaChange } from "./create.js";
import { listMigrations } from "./migration-list.js";

async function query<T extends pg.QueryResultRow>(url: string, sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

async function migrationsBehave(url: string) {
  const all = (await listMigrations()).migrationDirectories.map((m) => m.path);
  expect((await applyMigrations(url)).applied).toEqual(all);
  expect((await applyMigrations(url)).applied).toEqual([]);
  const recorded = await query<{ migration_name: string; finished_at: Date | null }>(
    url,
    `SELECT migration_name, finished_at FROM _prisma_migrations ORDER BY migration_name`,
  );
  expect(recorded.map((r) => r.migration_name)).toEqual(all);
  expect(recorded.every((r) => r.finished_at !== null)).toBe(true);
}

describe("on the PostgreSQL server", () => {
  const server = databaseUrlFromEnv() ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  const name = `parley_test_mig_${randomBytes(4).toString("hex")}`;
  const url = Object.assign(new URL(server), { pathname: `/${name}` }).toString();
  beforeAll(async () => {
    await query(server, `CREATE DATABASE "${name}"`);
  });
  afterAll(async () => {
    await query(server, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });

  it("applies every migration once and records it as prisma migrate deploy does", async () => {
    await migrationsBehave(url);
  });

  it("lets two instances start at once on an unmigrated database: one migrates, the other waits and finds nothing pending", { timeout: 60_000 }, async () => {
    // A migration that outlasts the schema engine's own 10-second wait for its lock, as a new index on a large
    // table does: without our lock, the second start finds the first's migration unfinished and refuses.
    const dir = await mkdtemp(path.join(os.tmpdir(), "parley-slow-migration-"));
    await writeFile(path.join(dir, "migration_lock.toml"), 'provider = "postgresql"\n');
    await mkdir(path.join(dir, "20990101000000_slow"));
    await writeFile(path.join(dir, "20990101000000_slow", "migration.sql"), "SELECT pg_sleep(11);\nCREATE TABLE slow_migration (id int);\n");
    const twinName = `${name}_twin`;
    const twin = Object.assign(new URL(server), { pathname: `/${twinName}` }).toString();
    await query(server, `CREATE DATABASE "${twinName}"`);
    try {
      const results = await Promise.all([1, 2].map(() => applyMigrations(twin, { dir })));
      expect(results.map((r) => r.applied.length).sort()).toEqual([0, 1]);
      const recorded = await query<{ n: number }>(twin, `SELECT count(*)::int AS n FROM _prisma_migrations WHERE finished_at IS NOT NULL`);
      expect(recorded[0]?.n).toBe(1);
    } finally {
      await query(server, `DROP DATABASE IF EXISTS "${twinName}" WITH (FORCE)`);
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("enforces the hand-written constraints", async () => {
    const article = `INSERT INTO "Article" (id, slug, title, language, body, "bodyHash", "updatedAt") VALUES ($1, 'a', 'T', 'nl', 'Rusland eist de Donbas.', 'h', now())`;
    const id = "00000000-0000-7000-8000-000000000001";
    await query(url, article, [id]);
    const evidence = `INSERT INTO "Evidence" (id, "articleId", "startOffset", "endOffset", quote, attribution, "updatedAt") VALUES (gen_random_uuid(), $1, $2, $3, $4, 'OUTLET_ASSESSMENT', now())`;
    await expect(query(url, evidence, [id, 0, 7, "Rusland"])).resolves.toBeDefined();
    await expect(query(url, evidence, [id, 1, 8, "Rusland"])).rejects.toThrow(/does not match its article text/);
    await expect(query(url, evidence, [id, 5, 5, ""])).rejects.toThrow(/Evidence_offsets_check/);
    const party = `INSERT INTO "Party" (id, slug, name, kind, "updatedAt") VALUES ($1, $2, $2, 'STATE', now())`;
    await query(url, party, ["00000000-0000-7000-8000-0000000000a1", "ru"]);
    await query(url, `INSERT INTO "Topic" (id, slug, name, path, "updatedAt") VALUES ('00000000-0000-7000-8000-0000000000b1', 't', 'T', 't', now())`);
    await expect(
      query(
        url,
        `INSERT INTO "Demand" (id, slug, "fromPartyId", "toPartyId", "topicId", summary, "updatedAt") VALUES (gen_random_uuid(), 'd', $1, $1, '00000000-0000-7000-8000-0000000000b1', 's', now())`,
        ["00000000-0000-7000-8000-0000000000a1"],
      ),
    ).rejects.toThrow(/Demand_not_of_itself_check/);
    await expect(
      query(
        url,
        `INSERT INTO "Round" (id, slug, title, format, "roundStatus", "startDate", "endDate", "updatedAt") VALUES (gen_random_uuid(), 'r', 'R', 'BILATERAL', 'HELD', '2026-02-05', '2026-02-04', now())`,
      ),
    ).rejects.toThrow(/Round_dates_check/);
  });

  it("keeps each article's search vector current, in the article's language", async () => {
    const rows = await query<{ hit: boolean }>(url, `SELECT "searchVector" @@ websearch_to_tsquery('dutch', 'Rusland') AS hit FROM "Article" WHERE slug = 'a'`);
    expect(rows[0]?.hit).toBe(true);
  });
});

describe("on the embedded database", () => {
  let embedded: EmbeddedPostgres;
  beforeAll(async () => {
    embedded = await startEmbeddedPostgres();
  });
  afterAll(async () => {
    await embedded?.stop();
  });

  it("applies every migration once", async () => {
    await migrationsBehave(embedded.url);
  });
});

describe("the migrations folder", () => {
  it("matches schema.prisma: every schema change has its migration", async () => {
    expect(await pendingSchemaChange()).toBeNull();
  });
});
