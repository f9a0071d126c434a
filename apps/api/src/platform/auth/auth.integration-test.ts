import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../../testing/harness.js";
import { createAuth, createAuthClient } from "./auth.js";
import { createUser } from "./users.js";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
  const authDb = createAuthClient(api.database.url);
  await createUser(createAuth(authDb), api.database.db, { email: "editor@parley.test", name: "Eddie", password: "correct horse battery", role: "EDITOR" });
  await authDb.$disconnect();
});
afterAll(async () => {
  await api?.stop();
});

async function signIn(email: string, password: string): Promise<Response> {
  return fetch(`${api.url}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: "http://localhost:3000" },
    body: JSON.stringify({ email, password }),
  });
}

describe("signing in", () => {
  it("stores the password as a memory-hard hash, never in clear", async () => {
    const account = await api.database.db.account.findFirstOrThrow({ where: { user: { email: "editor@parley.test" } }, select: { password: true } });
    expect(account.password).not.toContain("correct horse");
    expect(account.password?.length).toBeGreaterThan(40);
  });

  it("sets an httpOnly session cookie that identifies the editor to the GraphQL API", async () => {
    const response = await signIn("editor@parley.test", "correct horse battery");
    expect(response.status).toBe(200);
    const cookie = response.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/better-auth\.session_token=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const token = cookie.split(";")[0]!;
    const { data } = await api.gql<{ viewer: { role: string | null } }>(`{ viewer { kind role } }`, undefined, { cookie: token });
    expect(data!.viewer.role).toBe("EDITOR");
  });

  it("refuses a wrong password", async () => {
    expect((await signIn("editor@parley.test", "wrong password!!")).status).toBe(401);
  });

  it("ends the session on sign-out", async () => {
    const token = ((await signIn("editor@parley.test", "correct horse battery")).headers.get("set-cookie") ?? "").split(";")[0]!;
    const out = await fetch(`${api.url}/api/auth/sign-out`, {
      method: "POST",
      headers: { cookie: token, origin: "http://localhost:3000", "content-type": "application/json" },
      body: "{}",
    });
    expect(out.status).toBe(200);
    const { data } = await api.gql<{ viewer: { kind: string } }>(`{ viewer { kind role } }`, undefined, { cookie: token });
    expect(data!.viewer.kind).toBe("ANONYMOUS");
  });
});
