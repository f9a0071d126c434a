// CSRF: a page on another site can make the browser send the editor's session cookie, but only with a
// "simple" request (a form post or text/plain fetch, no custom headers) unless CORS allows more — and
// the API allows no other origin. Such requests must change nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../../testing/harness.js";
import { signedInAs } from "../../testing/users.js";
import { databaseFingerprint } from "../../testing/snapshots.js";

let api: TestApi;
let editor: string;
beforeAll(async () => {
  api = await startTestApi();
  ({ EDITOR: editor } = await signedInAs(api, ["EDITOR"]));
});
afterAll(async () => {
  await api?.stop();
});

const MUTATION = `mutation { createParty(input: { slug: "csrf-party", name: "CSRF", kind: STATE }) { id } }`;

async function post(contentType: string, body: string, extra: Record<string, string> = {}) {
  const response = await fetch(`${api.url}/graphql`, { method: "POST", headers: { cookie: editor, "content-type": contentType, ...extra }, body });
  return { status: response.status, text: await response.text() };
}

describe("cross-site requests with the editor's cookie", () => {
  it("works as a JSON request from the API's own callers (the control case)", async () => {
    const { errors } = await api.gql(`mutation { createParty(input: { slug: "csrf-control", name: "CSRF control", kind: STATE }) { id } }`, undefined, {
      cookie: editor,
    });
    expect(errors).toBeUndefined();
  });

  it.each([
    ["text/plain", JSON.stringify({ query: MUTATION })],
    ["text/plain;charset=UTF-8", JSON.stringify({ query: MUTATION })],
    ["application/x-www-form-urlencoded", new URLSearchParams({ query: MUTATION }).toString()],
    ["multipart/form-data; boundary=x", `--x\r\nContent-Disposition: form-data; name="query"\r\n\r\n${MUTATION}\r\n--x--\r\n`],
  ])("refuses a simple %s post and changes nothing", async (contentType, body) => {
    const before = await databaseFingerprint(api.database.db);
    const response = await post(contentType, body);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(response.text).not.toContain("csrf-party");
    expect(await databaseFingerprint(api.database.db)).toEqual(before);
  });

  it("refuses a mutation sent as a GET (a link or an image) and changes nothing", async () => {
    const before = await databaseFingerprint(api.database.db);
    const response = await fetch(`${api.url}/graphql?query=${encodeURIComponent(MUTATION)}`, {
      headers: { cookie: editor, "apollo-require-preflight": "true" },
    });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(await databaseFingerprint(api.database.db)).toEqual(before);
  });

  it("refuses a request with the cookie from an origin that is not allowed, even as JSON, and changes nothing", async () => {
    const before = await databaseFingerprint(api.database.db);
    const response = await api.gql(MUTATION, undefined, { cookie: editor, origin: "https://evil.example" });
    expect(response.status).toBe(403);
    expect(response.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
    expect(await databaseFingerprint(api.database.db)).toEqual(before);
  });

  it.each([
    ["the dashboard's (CORS_ORIGINS)", () => "http://localhost:3000"],
    ["the API's own", () => api.url],
  ])("accepts the cookie from an allowed origin: %s", async (_which, origin) => {
    const slug = `csrf-allowed-${Math.random().toString(36).slice(2, 8)}`;
    const response = await api.gql(`mutation { createParty(input: { slug: "${slug}", name: "CSRF allowed", kind: STATE }) { id } }`, undefined, {
      cookie: editor,
      origin: origin(),
    });
    expect(response.errors).toBeUndefined();
  });
});
