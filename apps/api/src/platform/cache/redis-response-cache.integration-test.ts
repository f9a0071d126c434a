// Two API instances sharing one Redis response cache: an answer one instance computed is served by the
// other, and a write through either makes both compute again (the data version is in every key).
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServer, type ParleyServer } from "../server.js";
import { startTestApi, type TestApi } from "../../testing/harness.js";

import { env } from "../config/env.js";

const redisUrl = env.REDIS_URL ?? "redis://127.0.0.1:6379";
const redisPrefix = `parley-test:${randomUUID()}:`;
let first: TestApi;
let second: ParleyServer;
let secondUrl: string;
beforeAll(async () => {
  first = await startTestApi({ responseCache: { megabytes: 8, redisUrl, redisPrefix } });
  second = await createServer({
    db: first.database.db,
    databaseUrl: first.database.url,
    rateLimit: { perKey: 100_000, perAddress: 100_000 },
    responseCache: { megabytes: 8, redisUrl, redisPrefix },
  });
  secondUrl = await second.listen();
});
afterAll(async () => {
  await second?.stop();
  await first?.stop();
});

const QUERY = `{ party(slug: "russia") { shortName positions(first: 2) { totalCount } } }`;
async function ask(url: string): Promise<{ age: string | null; body: { data?: { party: { shortName: string | null } } } }> {
  const res = await fetch(`${url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: QUERY }) });
  return { age: res.headers.get("age"), body: (await res.json()) as { data?: { party: { shortName: string | null } } } };
}

describe("response cache in Redis", () => {
  it("serves one instance's answer from the other", async () => {
    const computed = await ask(first.url);
    expect(computed.age).toBeNull();
    const shared = await ask(secondUrl);
    expect(shared.age).not.toBeNull();
    expect(shared.body).toEqual(computed.body);
  });

  it("serves nothing stale on either instance after a write", async () => {
    await ask(first.url);
    await first.database.db.$executeRaw`UPDATE "Party" SET "shortName" = 'RU-redis' WHERE slug = 'russia'`;
    const onSecond = await ask(secondUrl);
    expect(onSecond.age).toBeNull();
    expect(onSecond.body.data?.party.shortName).toBe("RU-redis");
    const onFirst = await ask(first.url);
    expect(onFirst.age).not.toBeNull();
    expect(onFirst.body.data?.party.shortName).toBe("RU-redis");
  });
});
