// Test accounts: creates a user per role and signs each in over HTTP, returning its session cookie.
import type { Role } from "@parley/db";
import { createAuth, createAuthClient } from "../platform/auth/auth.js";
import { createUser } from "../platform/auth/users.js";
import type { TestApi } from "./harness.js";

export async function signedInAs(api: TestApi, roles: Role[]): Promise<Record<Role, string>> {
  const authDb = createAuthClient(api.database.url);
  const auth = createAuth(authDb);
  const cookies = {} as Record<Role, string>;
  try {
    for (const role of roles) {
      const email = `${role.toLowerCase()}-${Math.random().toString(36).slice(2, 8)}@parley.test`;
      await createUser(auth, api.database.db, { email, name: `Test ${role}`, password: "a long enough password", role });
      const response = await fetch(`${api.url}/api/auth/sign-in/email`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: "http://localhost:3000" },
        body: JSON.stringify({ email, password: "a long enough password" }),
      });
      if (response.status !== 200) throw new Error(`sign-in as ${role} failed: ${response.status}`);
      cookies[role] = (response.headers.get("set-cookie") ?? "").split(";")[0]!;
    }
  } finally {
    await authDb.$disconnect();
  }
  return cookies;
}
