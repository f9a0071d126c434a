import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { DatabaseUnavailableError, openDatabase } from "./database.js";
import { ConfigError } from "./env.js";

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("the embedded database", () => {
  it("is migrated and seeded on first start, and keeps its data across restarts", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "parley-embedded-"));
    vi.stubEnv("DATABASE_URL", "");
    vi.stubEnv("PARLEY_DATA_DIR", dir);
    try {
      const first = await openDatabase();
      expect(first.embedded).toBe(true);
      const articles = await first.db.article.count();
      expect(articles).toBe(5);
      await first.db.party.update({ where: { slug: "nato" }, data: { description: "kept across restarts" } });
      await first.close();

      const lines: string[] = [];
      const second = await openDatabase({ log: (line) => lines.push(line) });
      expect(await second.db.article.count()).toBe(5);
      expect((await second.db.party.findUniqueOrThrow({ where: { slug: "nato" } })).description).toBe("kept across restarts");
      expect(lines.some((l) => l.startsWith("seeded"))).toBe(false);
      await second.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("a configured server", () => {
  it("gives one clear message when DATABASE_URL points at nothing", async () => {
    const attempt = openDatabase({ url: "postgresql://postgres@127.0.0.1:1/nowhere" });
    await expect(attempt).rejects.toThrow(DatabaseUnavailableError);
    await expect(openDatabase({ url: "postgresql://postgres@127.0.0.1:1/nowhere" })).rejects.toThrow(
      /Cannot use the PostgreSQL database at postgresql:\/\/postgres@127\.0\.0\.1:1\/nowhere/,
    );
  });

  it("rejects a DATABASE_URL that is not a PostgreSQL URL", async () => {
    vi.stubEnv("DATABASE_URL", "mysql://localhost/parley");
    await expect(openDatabase()).rejects.toThrow(ConfigError);
  });

  it("hides the password when reporting a failure", async () => {
    await expect(openDatabase({ url: "postgresql://parley:s3cret@127.0.0.1:1/x" })).rejects.toThrow(/parley:\*\*\*@/);
  });
});
