// Only the sign-in library's endpoints the dashboard uses are served; the rest answer 404 in JSON.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../../testing/harness.js";
import { signedInAs } from "../../testing/users.js";
import { createAuth, createAuthClient } from "./auth.js";
import { ensureFirstAdmin } from "./users.js";

let api: TestApi;
let cookie: string;
beforeAll(async () => {
  api = await startTestApi();
  cookie = (await signedInAs(api, ["EDITOR"])).EDITOR;
});
afterAll(async () => {
  await api?.stop();
});

const call = (path: string, method: "GET" | "POST", body?: unknown) =>
  fetch(`${api.url}/api/auth/${path}`, {
    method,
    headers: { cookie, origin: "http://localhost:3000", "content-type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

describe("the sign-in endpoints", () => {
  it("serve the session to the dashboard", async () => {
    const response = await call("get-session", "GET");
    expect(response.status).toBe(200);
    const session = (await response.json()) as { user: { email: string } };
    expect(session.user.email).toMatch(/^editor-/);
  });

  it.each([
    ["update-user", "POST", { name: "Renamed without an audit entry" }],
    ["list-sessions", "GET", undefined],
    ["change-password", "POST", { currentPassword: "a long enough password", newPassword: "another long password" }],
    ["change-email", "POST", { newEmail: "elsewhere@parley.test" }],
    ["revoke-sessions", "POST", {}],
    ["sign-up/email", "POST", { email: "new@parley.test", password: "a long enough password", name: "New" }],
    ["delete-user", "POST", {}],
    ["ok", "GET", undefined],
  ] as const)("%s is not served: 404 NOT_FOUND in JSON", async (path, method, body) => {
    const response = await call(path, method, body);
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toMatch(/json/);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe("NOT_FOUND");
  });

  it("leave accounts as they were (no change outside the audited administration)", async () => {
    await call("update-user", "POST", { name: "Renamed" });
    const users = await api.database.db.user.findMany({ select: { name: true, email: true } });
    expect(users.map((u) => u.name)).not.toContain("Renamed");
    expect(users.map((u) => u.email)).not.toContain("new@parley.test");
  });
});

describe("the first administrator", () => {
  it("is created from the environment with an audit entry, in one transaction", async () => {
    const authDb = createAuthClient(api.database.url);
    try {
      expect(await ensureFirstAdmin(createAuth(authDb), api.database.db, "first-admin@parley.test", "a long enough password")).toBe("first-admin@parley.test");
    } finally {
      await authDb.$disconnect();
    }
    const admin = await api.database.db.user.findUniqueOrThrow({ where: { email: "first-admin@parley.test" }, select: { id: true } });
    const entries = await api.database.db.auditEntry.findMany({ where: { entityType: "User", entityId: admin.id }, select: { action: true } });
    expect(entries).toEqual([{ action: "CREATE" }]);
  });
});
