// The embedded database is one PostgreSQL backend behind a socket: clients in one process must never see
// each other's protocol messages or transactions. Two clients on one URL, as the API has (its own client and
// the sign-in client), share one connection.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "./client.js";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./embedded.js";

let embedded: EmbeddedPostgres;
let app: Db;
let auth: Db;

beforeAll(async () => {
  embedded = await startEmbeddedPostgres();
  app = createPrismaClient(embedded.url, { poolSize: 10 });
  auth = createPrismaClient(embedded.url, { poolSize: 2, readSecrets: true });
  await app.$executeRawUnsafe("CREATE TABLE counter (id int PRIMARY KEY, n int NOT NULL)");
  await app.$executeRawUnsafe("INSERT INTO counter VALUES (1, 0)");
});

afterAll(async () => {
  await app.$disconnect();
  await auth.$disconnect();
  await embedded.stop();
});

describe("the embedded database under concurrency", () => {
  it("runs 60 concurrent read-then-write transactions from two clients without interleaving", async () => {
    const increment = (client: Db) =>
      client.$transaction(
        async (tx) => {
          const [row] = await tx.$queryRawUnsafe<{ n: number }[]>("SELECT n FROM counter WHERE id = 1");
          await tx.$executeRawUnsafe("UPDATE counter SET n = $1 WHERE id = 1", (row?.n ?? 0) + 1);
        },
        { maxWait: 60_000, timeout: 60_000 },
      );
    const reads = (client: Db) => client.$queryRawUnsafe<{ n: number }[]>("SELECT n FROM counter");
    await Promise.all(Array.from({ length: 60 }, (_, i) => (i % 3 === 0 ? Promise.all([increment(auth), reads(app)]) : increment(app))));
    const [row] = await app.$queryRawUnsafe<{ n: number }[]>("SELECT n FROM counter WHERE id = 1");
    expect(row?.n).toBe(60);
  });

  it("never shows one client's uncommitted write to the other", async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const rolledBack = app
      .$transaction(async (tx) => {
        await tx.$executeRawUnsafe("UPDATE counter SET n = -1 WHERE id = 1");
        await held;
        throw new Error("roll back");
      })
      .catch((error: Error) => error.message);
    // Issued while the transaction above holds its uncommitted write.
    await new Promise((r) => setTimeout(r, 50));
    const seen = auth.$queryRawUnsafe<{ n: number }[]>("SELECT n FROM counter WHERE id = 1");
    setTimeout(release, 100);
    expect(await rolledBack).toBe("roll back");
    const [row] = await seen;
    expect(row?.n).not.toBe(-1);
  });
});
