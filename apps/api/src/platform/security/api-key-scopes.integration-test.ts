// Partner keys are named and scoped; the secret is shown once and stored hashed; revocation is
// immediate; last use is recorded. Scopes are enforced per operation.
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../../testing/harness.js";
import { signedInAs } from "../../testing/users.js";
import { createApiKey, hashKey } from "./api-keys.js";

let api: TestApi;
let admin: string;
beforeAll(async () => {
  api = await startTestApi();
  ({ ADMIN: admin } = await signedInAs(api, ["ADMIN"]));
});
afterAll(async () => {
  await api?.stop();
});

const CREATE = `mutation($name: String!, $scopes: [ApiKeyScope!]) { createApiKey(name: $name, scopes: $scopes) { key apiKey { id name prefix scopes lastUsedAt } } }`;
const READ = `{ articles { totalCount } }`;
const INTROSPECT = `{ __schema { queryType { name } } }`;

async function issue(name: string, scopes?: string[]) {
  const { data, errors } = await api.gql<{
    createApiKey: { key: string; apiKey: { id: string; name: string; prefix: string; scopes: string[]; lastUsedAt: string | null } };
  }>(CREATE, { name, ...(scopes ? { scopes } : {}) }, { cookie: admin });
  expect(errors).toBeUndefined();
  return data!.createApiKey;
}

describe("issuing a key", () => {
  it("returns the secret once, stores only its hash, and audits it with its scopes in the same write", async () => {
    const created = await issue("Scoped partner", ["READ_SCHEMA"]);
    expect(created.apiKey).toMatchObject({ name: "Scoped partner", scopes: ["READ_SCHEMA"], lastUsedAt: null });
    expect(created.key.startsWith(`pk_${created.apiKey.prefix}_`)).toBe(true);
    const row = await api.database.db.apiKey.findUniqueOrThrow({ where: { id: created.apiKey.id }, select: { secretHash: true, scopes: true } });
    expect(row).toEqual({ secretHash: hashKey(created.key), scopes: ["read:schema"] });
    // Listing keys never shows a secret again: the type has no field for it.
    const listed = await api.gql(`{ apiKeys { id key } }`, undefined, { cookie: admin });
    expect(listed.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    const audit = await api.database.db.auditEntry.findFirstOrThrow({ where: { entityType: "ApiKey", entityId: created.apiKey.id }, select: { after: true } });
    expect(audit.after).toMatchObject({ name: "Scoped partner", scopes: ["read:schema"] });
    expect(JSON.stringify(audit.after)).not.toContain(created.key);
  });

  it("grants every scope when none is named", async () => {
    expect((await issue("Default partner")).apiKey.scopes).toEqual(["READ_PUBLISHED", "READ_SCHEMA"]);
  });

  it("refuses an empty scope list, naming the argument, and writes nothing", async () => {
    const before = await api.database.db.apiKey.count();
    const { errors } = await api.gql(CREATE, { name: "No scopes", scopes: [] }, { cookie: admin });
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: ["input", "scopes"] });
    expect(await api.database.db.apiKey.count()).toBe(before);
  });
});

describe("scopes", () => {
  it("let a read:published key read but not introspect", async () => {
    const { key } = await issue("Reader", ["READ_PUBLISHED"]);
    const read = await api.gql<{ articles: { totalCount: number } }>(READ, undefined, { "x-api-key": key });
    expect(read.errors).toBeUndefined();
    expect(read.data!.articles.totalCount).toBeGreaterThan(0);
    const introspect = await api.gql(INTROSPECT, undefined, { "x-api-key": key });
    expect(introspect.status).toBe(403);
    expect(introspect.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", missingScopes: ["read:schema"] });
  });

  it("refuse reads to a key without read:published, including reads hidden in a fragment", async () => {
    const { key } = await issue("Schema only", ["READ_SCHEMA"]);
    expect((await api.gql(INTROSPECT, undefined, { "x-api-key": key })).errors).toBeUndefined();
    for (const query of [READ, `query { ...Reads } fragment Reads on Query { articles { totalCount } }`, `{ __typename articles { totalCount } }`]) {
      const response = await api.gql(query, undefined, { "x-api-key": key });
      expect(response.status, query).toBe(403);
      expect(response.errors?.[0]?.extensions, query).toMatchObject({ code: "FORBIDDEN", missingScopes: ["read:published"] });
      expect(response.data ?? null, query).toBeNull();
    }
  });

  it("refuse everything to a key whose scopes are all unknown (a scope since withdrawn grants nothing)", async () => {
    const { key } = await createApiKey(api.database.db, { name: "Legacy" });
    await api.database.db.apiKey.updateMany({ where: { name: "Legacy" }, data: { scopes: ["write:everything"] } });
    for (const query of [READ, INTROSPECT]) expect((await api.gql(query, undefined, { "x-api-key": key })).status, query).toBe(403);
  });
});

describe("a key's life", () => {
  it("records its last use and stops working the moment it is revoked", async () => {
    const created = await issue("Short-lived", ["READ_PUBLISHED"]);
    expect((await api.gql(READ, undefined, { "x-api-key": created.key })).status).toBe(200);
    const used = await api.gql<{ apiKeys: { id: string; lastUsedAt: string | null }[] }>(`{ apiKeys { id lastUsedAt } }`, undefined, { cookie: admin });
    const lastUsedAt = used.data!.apiKeys.find((k) => k.id === created.apiKey.id)!.lastUsedAt;
    expect(lastUsedAt).not.toBeNull();
    expect(Date.now() - new Date(lastUsedAt!).getTime()).toBeLessThan(60_000);

    const revoked = await api.gql(`mutation($id: String!) { revokeApiKey(id: $id) { revokedAt } }`, { id: created.apiKey.id }, { cookie: admin });
    expect(revoked.errors).toBeUndefined();
    const refused = await api.gql(READ, undefined, { "x-api-key": created.key });
    expect(refused.status).toBe(401);
    expect(refused.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});

describe("the api-key:create command", () => {
  const run = promisify(execFile);
  const cli = (args: string[]) =>
    run(process.execPath, ["--import", "tsx", "src/platform/cli/create-api-key.ts", ...args], {
      cwd: fileURLToPath(new URL("../../..", import.meta.url)),
      env: { DATABASE_URL: api.database.url, LOG_LEVEL: "silent" },
    });

  it("creates a key with the scopes asked for and prints it once", async () => {
    const { stdout } = await cli(["--name", "CLI partner", "--scope", "read:published"]);
    const key = /pk_[0-9a-f]{8}_[\w-]{43}/.exec(stdout)?.[0];
    expect(key).toBeDefined();
    const row = await api.database.db.apiKey.findUniqueOrThrow({ where: { secretHash: hashKey(key!) }, select: { name: true, scopes: true } });
    expect(row).toEqual({ name: "CLI partner", scopes: ["read:published"] });
  }, 60_000);

  it("refuses an unknown scope without writing anything", async () => {
    const before = await api.database.db.apiKey.count();
    await expect(cli(["--name", "CLI bad", "--scope", "write:everything"])).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining("read:published, read:schema"),
    });
    expect(await api.database.db.apiKey.count()).toBe(before);
  }, 60_000);
});
