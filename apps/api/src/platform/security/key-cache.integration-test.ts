// The verified-key cache: a key is looked up once, not on every request, and a revoked key is refused on
// the very next request (through the API or straight in the database), because revoking bumps the data version.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../../testing/harness.js";
import { signedInAs } from "../../testing/users.js";
import { createApiKey } from "./api-keys.js";

let api: TestApi;
let admin: Record<string, string>;
let statements: string[] = [];
beforeAll(async () => {
  api = await startTestApi({ onQuery: (sql) => void statements.push(sql) });
  admin = { cookie: (await signedInAs(api, ["ADMIN"])).ADMIN };
});
afterAll(async () => {
  await api?.stop();
});

const READ = `{ parties(first: 1) { edges { node { name } } } }`;

describe("verified-key cache", () => {
  it("does not look a known key up again on the next request", async () => {
    const { key } = await createApiKey(api.database.db, { name: "cached partner" });
    expect((await api.gql(READ, undefined, { "x-api-key": key })).status).toBe(200);
    statements = [];
    expect((await api.gql(READ, undefined, { "x-api-key": key })).status).toBe(200);
    expect(statements.some((sql) => sql.includes('"ApiKey"'))).toBe(false);
  });

  it("refuses a key revoked through the API on the next request", async () => {
    const { id, key } = await createApiKey(api.database.db, { name: "revoked partner" });
    expect((await api.gql(READ, undefined, { "x-api-key": key })).status).toBe(200);
    expect((await api.gql(READ, undefined, { "x-api-key": key })).status).toBe(200);
    const revoked = await api.gql(`mutation($id: String!) { revokeApiKey(id: $id) { revokedAt } }`, { id }, admin);
    expect(revoked.errors).toBeUndefined();
    expect((await api.gql(READ, undefined, { "x-api-key": key })).status).toBe(401);
  });

  it("refuses a key revoked straight in the database on the next request", async () => {
    const { id, key } = await createApiKey(api.database.db, { name: "revoked in SQL" });
    expect((await api.gql(READ, undefined, { "x-api-key": key })).status).toBe(200);
    await api.database.db.$executeRaw`UPDATE "ApiKey" SET "revokedAt" = now() WHERE id = ${id}::uuid`;
    expect((await api.gql(READ, undefined, { "x-api-key": key })).status).toBe(401);
  });

  it("keeps the response cache's version when only a key's last use is recorded", async () => {
    const before = await api.database.db.$queryRaw<{ version: bigint }[]>`SELECT version FROM "DataVersion"`;
    await api.database.db.$executeRaw`UPDATE "ApiKey" SET "lastUsedAt" = now()`;
    const after = await api.database.db.$queryRaw<{ version: bigint }[]>`SELECT version FROM "DataVersion"`;
    expect(after[0]?.version).toBe(before[0]?.version);
  });
});
