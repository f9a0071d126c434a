// Starts the API exactly as the quick start does (no DATABASE_URL: embedded PostgreSQL in a fresh data
// folder), waits until it is ready, asks it about the seed data over HTTP, and stops it.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const dataDir = mkdtempSync(path.join(os.tmpdir(), "parley-smoke-"));
const port = String(4100 + Math.floor(Math.random() * 800));
const env = { ...process.env, DATABASE_URL: "", PARLEY_DATA_DIR: dataDir, PORT: port, LOG_LEVEL: "warn" };
const api = spawn(process.execPath, ["--import", "tsx", "src/platform/main.ts"], {
  cwd: new URL("../apps/api/", import.meta.url),
  env,
  stdio: ["ignore", "inherit", "inherit"],
  detached: true,
});
const stop = () => {
  try {
    process.kill(-api.pid, "SIGTERM");
  } catch {
    /* already gone */
  }
};
const base = `http://127.0.0.1:${port}`;
try {
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (Date.now() > deadline) throw new Error("the API did not become ready within 120 s");
    const ready = await fetch(`${base}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  const response = await fetch(`${base}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: '{ articles { totalCount } round(slug: "abu-dhabi-2") { title } }' }),
  });
  const body = await response.json();
  if ((body.data?.articles?.totalCount ?? 0) < 5 || !body.data?.round?.title) throw new Error(`unexpected answer: ${JSON.stringify(body)}`);
  // A newcomer can sign in: the local administrator the README names exists on a fresh embedded database.
  const signIn = await fetch(`${base}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: "http://localhost:3000" },
    body: JSON.stringify({ email: "admin@parley.local", password: "parley-local-admin" }),
  });
  const cookie = signIn.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const viewer = await fetch(`${base}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie },
    body: JSON.stringify({ query: "{ viewer { role } }" }),
  }).then((r) => r.json());
  if (!signIn.ok || viewer.data?.viewer?.role !== "ADMIN")
    throw new Error(`the local administrator cannot sign in: HTTP ${signIn.status}, ${JSON.stringify(viewer)}`);
  console.log(
    `embedded smoke test: 1 passed, 0 failed (${body.data.articles.totalCount} articles; ${body.data.round.title}; signed in as the local administrator)`,
  );
} catch (error) {
  console.error(`embedded smoke test: 0 passed, 1 failed: ${error.message}`);
  process.exitCode = 1;
} finally {
  stop();
  await new Promise((r) => setTimeout(r, 1000));
  rmSync(dataDir, { recursive: true, force: true });
}
