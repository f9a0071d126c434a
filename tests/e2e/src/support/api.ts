// Direct API calls for setting the scene (accounts, a draft); the tests themselves go through the UI.
import { API_URL, DASHBOARD_URL } from "./accounts.js";

export async function signInToApi(email: string, password: string): Promise<string> {
  const response = await fetch(`${API_URL}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: DASHBOARD_URL },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`sign-in as ${email} failed: HTTP ${response.status}`);
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  return cookie;
}

/** A GraphQL call as a signed-in user (their cookie) or, with `null`, as an anonymous partner. */
export async function graphql<T>(cookie: string | null, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${API_URL}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) throw new Error(body.errors?.map((e) => e.message).join("; ") ?? `HTTP ${response.status}`);
  return body.data;
}
