// A database that cannot be reached is 503 SERVICE_UNAVAILABLE in JSON, for every kind of caller, never
// Express's HTML page ("Failed to get session") or a 500.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@parley/db";
import { createApiKey } from "../security/api-keys.js";
import { createServer, type ParleyServer } from "../server.js";
import { startTestApi } from "../../testing/harness.js";
import { signedInAs } from "../../testing/users.js";

// A port nothing listens on (in the throw-away clusters' range; no drill uses it).
const DOWN = "postgresql://postgres@127.0.0.1:5599/parley_down";
const db = createPrismaClient(DOWN);
let server: ParleyServer;
let url: string;
const credentials: Record<string, Record<string, string>> = { "no credentials": {} };
beforeAll(async () => {
  // A real key and a real, validly signed session cookie, made while the database was up.
  const up = await startTestApi();
  try {
    credentials["an API key"] = { "x-api-key": (await createApiKey(up.database.db, { name: "partner" })).key };
    credentials["a session cookie"] = { cookie: (await signedInAs(up, ["EDITOR"])).EDITOR };
  } finally {
    await up.stop();
  }
  server = await createServer({ db, databaseUrl: DOWN, rateLimit: { perKey: 1000, perAddress: 1000 } });
  url = await server.listen();
});
afterAll(async () => {
  await server?.stop();
  await db.$disconnect();
});

describe("with the database down", () => {
  it.each(["an API key", "a session cookie", "no credentials"])("a request with %s gets 503 SERVICE_UNAVAILABLE in JSON", async (name) => {
    const response = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: "http://localhost:3000", ...credentials[name] },
      body: JSON.stringify({ query: "{ articles { totalCount } }" }),
    });
    expect(response.status).toBe(503);
    expect(response.headers.get("content-type")).toMatch(/json/);
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe("SERVICE_UNAVAILABLE");
    expect(JSON.stringify(body)).not.toMatch(/5599|prisma|Can't reach/i);
  });

  it("readiness says so", async () => {
    expect((await fetch(`${url}/readyz`)).status).toBe(503);
  });
});
