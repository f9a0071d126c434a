// `pnpm bench`: generates (or reuses) a data set, starts the API in production mode against it, drives
// each scenario with autocannon at a fixed rate, times a hand-written SQL floor for the same result,
// counts SQL statements per request, samples the API's memory over a sustained run, and writes
// docs/benchmarks.md.
import { spawn, type ChildProcess } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import pg from "pg";
import { applyMigrations, createPrismaClient } from "@parley/db";
import { createServer } from "@parley/api/server";
import { createAuth, createAuthClient, createUser } from "@parley/api/auth";
import { generate, sizesFor } from "./generate.js";
import { scenarios, type Scenario, type Fixtures } from "./scenarios.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const { values: opts } = parseArgs({
  options: {
    scale: { type: "string", default: "1" },
    duration: { type: "string", default: "20" },
    soak: { type: "string", default: "60" },
    database: { type: "string", default: "parley_bench" },
    server: { type: "string", default: process.env.BENCH_DATABASE_SERVER ?? "postgresql://postgres@127.0.0.1:5432/postgres" },
    regenerate: { type: "boolean", default: false },
    out: { type: "string", default: path.join(root, "docs/benchmarks.md") },
    // PostGraphile on the same database, interleaved with Parley at saturation ("off" to skip it).
    peer: { type: "string", default: "on" },
    // A CPU profile of the API under the scenario whose name contains this text, summarised by package.
    profile: { type: "string" },
    // Extra Node flags for the API (e.g. "--max-semi-space-size=64"), to measure the runtime's settings.
    "node-flags": { type: "string", default: "" },
    // Only the scenarios whose names contain one of these comma-separated texts (all by default).
    scenarios: { type: "string", default: "" },
  },
});
const scale = Number(opts.scale);
const duration = Number(opts.duration);
const soakSeconds = Number(opts.soak);
const dbUrl = Object.assign(new URL(opts.server), { pathname: `/${opts.database}` }).toString();
const PORT = 4500 + Math.floor(Math.random() * 400);
const base = `http://127.0.0.1:${PORT}`;
const PEER_PORT = PORT + 400;
const peerBase = `http://127.0.0.1:${PEER_PORT}`;
const withPeer = opts.peer !== "off";
const apiNodeFlags = opts["node-flags"].split(" ").filter(Boolean);

async function admin(sql: string): Promise<void> {
  const c = new pg.Client({ connectionString: opts.server });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

async function prepareData(): Promise<{ loadSeconds: number | null }> {
  const want = sizesFor(scale);
  let have = -1;
  if (!opts.regenerate) {
    const c = new pg.Client({ connectionString: dbUrl });
    have = await c.connect().then(
      async () => Number((await c.query<{ n: string | number }>(`SELECT count(*) AS n FROM "Article"`).catch(() => ({ rows: [{ n: -1 }] }))).rows[0]?.n ?? -1),
      () => -1,
    );
    await c.end().catch(() => undefined);
  }
  if (have === want.articles) {
    console.log(`reusing ${opts.database} (${have} articles)`);
    await applyMigrations(dbUrl); // migrations added since the data set was generated
    return { loadSeconds: null };
  }
  await admin(`DROP DATABASE IF EXISTS "${opts.database}" WITH (FORCE)`);
  await admin(`CREATE DATABASE "${opts.database}"`);
  await applyMigrations(dbUrl);
  console.log(`generating scale ${scale} into ${opts.database} …`);
  const { seconds } = await generate(dbUrl, scale);
  console.log(`loaded in ${seconds.toFixed(0)} s`);
  return { loadSeconds: seconds };
}

async function waitFor(url: string, child: ChildProcess, what: string): Promise<ChildProcess> {
  for (let i = 0; i < 240; i++) {
    if (
      await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ __typename }" }) }).then(
        (r) => r.ok,
        () => false,
      )
    )
      return child;
    await new Promise((r) => setTimeout(r, 500));
  }
  child.kill();
  throw new Error(`${what} did not become ready`);
}

/** PostGraphile 4 (the bench's pinned dev dependency) on the same database, with no configuration. */
async function startPeer(): Promise<ChildProcess> {
  const cli = path.join(root, "bench/node_modules/postgraphile/cli.js");
  const child = spawn(process.execPath, [cli, "-c", dbUrl, "--host", "127.0.0.1", "--port", String(PEER_PORT), "--disable-query-log"], {
    env: { ...process.env, NODE_ENV: "production" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  return waitFor(`${peerBase}/graphql`, child, "PostGraphile");
}

/** Builds the API's production bundle (apps/api/dist/main.mjs), which the benchmark starts as production does. */
function buildApi(): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["scripts/build.mjs"], { cwd: path.join(root, "apps/api"), stdio: ["ignore", "ignore", "inherit"] });
    child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`the API build failed (exit ${code})`))));
  });
}

/** Seconds from spawning the API to its first GraphQL answer, per start (production bundle). */
const startSeconds: number[] = [];

/**
 * The API as production runs it: the built bundle (`pnpm --filter @parley/api start`). A CPU profile
 * starts it from TypeScript instead, so that its samples name the package each function comes from.
 */
async function startApi(responseCacheMb: number, nodeFlags: string[] = [], fromSources = false): Promise<ChildProcess> {
  const entry = fromSources ? ["--import", "tsx", "src/platform/main.ts"] : ["--enable-source-maps", "dist/main.mjs"];
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, [...nodeFlags, ...entry], {
    cwd: path.join(root, "apps/api"),
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: dbUrl,
      PORT: String(PORT),
      LOG_LEVEL: "error",
      PARLEY_PUBLIC_URL: base,
      CORS_ORIGINS: base,
      RATE_LIMIT_PER_KEY: "100000000",
      RATE_LIMIT_PER_ADDRESS: "100000000",
      RESPONSE_CACHE_MB: String(responseCacheMb),
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  // Polled every 50 ms: the first answer to a query, not only the listening socket, ends the start.
  for (let i = 0; i < 2400 && child.exitCode === null; i++) {
    const answered = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ __typename }" }),
    }).then(
      (r) => r.ok,
      () => false,
    );
    if (answered) {
      if (!fromSources) startSeconds.push(Number(process.hrtime.bigint() - started) / 1e9);
      return child;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  child.kill();
  throw new Error("the API did not become ready");
}

async function fixtures(): Promise<Fixtures> {
  const c = new pg.Client({ connectionString: dbUrl });
  await c.connect();
  try {
    const q = async <T>(sql: string) => (await c.query(sql)).rows[0] as T;
    const party = await q<{ id: string; slug: string }>(
      `SELECT p.id, p.slug FROM "Party" p JOIN "Position" x ON x."partyId" = p.id GROUP BY p.id ORDER BY count(*) DESC LIMIT 1`,
    );
    const topic = await q<{ slug: string }>(`SELECT slug FROM "Topic" WHERE "parentId" IS NULL ORDER BY slug LIMIT 1`);
    const [roundA, roundB] = (
      await c.query(
        `SELECT slug FROM "Round" WHERE "processId" = (SELECT "processId" FROM "Round" GROUP BY "processId" ORDER BY count(*) DESC LIMIT 1) ORDER BY "startDate" LIMIT 2`,
      )
    ).rows as { slug: string }[];
    if (!roundA || !roundB) throw new Error("the data set has no process with two rounds");
    const position = await q<{ id: string }>(`SELECT id FROM "Position" ORDER BY id LIMIT 1`);
    const alias = await q<{ name: string }>(`SELECT name FROM "PersonAlias" WHERE name LIKE '%ow' ORDER BY id LIMIT 1`);
    const evidence = await q<{ id: string }>(`SELECT id FROM "Evidence" ORDER BY id LIMIT 1`);
    const otherTopic = await q<{ id: string }>(`SELECT id FROM "Topic" ORDER BY slug DESC LIMIT 1`);
    return {
      partySlug: party.slug,
      partyGlobalId: Buffer.from(`Party:${party.id}`).toString("base64"),
      topicSlug: topic.slug,
      topicGlobalId: Buffer.from(`Topic:${otherTopic.id}`).toString("base64"),
      evidenceGlobalId: Buffer.from(`Evidence:${evidence.id}`).toString("base64"),
      roundA: roundA.slug,
      roundB: roundB.slug,
      positionGlobalId: Buffer.from(`Position:${position.id}`).toString("base64"),
      positionId: position.id,
      alias: alias?.name ?? "ka",
      searchWords: "onderhandelingen delegatie",
      parties: (
        await c.query<{ id: string; slug: string }>(
          `SELECT p.id, p.slug FROM "Party" p JOIN "Position" x ON x."partyId" = p.id WHERE p.status = 'PUBLISHED' AND p."deletedAt" IS NULL GROUP BY p.id ORDER BY count(*) DESC, p.slug LIMIT 40`,
        )
      ).rows,
      parleyCursors: [],
      peerCursors: [],
    };
  } finally {
    await c.end();
  }
}

async function credentials(): Promise<{ key: string; cookie: string }> {
  const key = `pk_${randomBytes(4).toString("hex")}_${randomBytes(32).toString("base64url")}`;
  const c = new pg.Client({ connectionString: dbUrl });
  await c.connect();
  await c.query(`INSERT INTO "ApiKey" (id, name, prefix, "secretHash") VALUES (gen_random_uuid(), 'bench', $1, $2)`, [
    key.slice(3, 11),
    createHash("sha256").update(key).digest("hex"),
  ]);
  await c.end();
  const authDb = createAuthClient(dbUrl);
  const email = `bench-${randomBytes(3).toString("hex")}@parley.test`;
  await createUser(createAuth(authDb), createPrismaClient(dbUrl, { poolSize: 1 }), {
    email,
    name: "Bench Editor",
    password: "benchmark password",
    role: "EDITOR",
  });
  await authDb.$disconnect();
  const res = await fetch(`${base}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base },
    body: JSON.stringify({ email, password: "benchmark password" }),
  });
  const cookie = (res.headers.get("set-cookie") ?? "").split(";")[0];
  if (!res.ok || !cookie) throw new Error(`the benchmark editor could not sign in (${res.status})`);
  return { key, cookie };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

interface Load {
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  errors: number;
  requests: number;
}

/** The endCursor of each of the first `pages` pages of 100 positions, as the server at `url` writes them. */
async function pageCursors(url: string, headers: Record<string, string>, peer: boolean, pages: number): Promise<string[]> {
  const cursors: string[] = [];
  let after: string | null = null;
  for (let i = 0; i < pages; i++) {
    const query = peer
      ? `query($after: Cursor) { list: allPositions(first: 100, after: $after, orderBy: [STATED_ON_ASC, ID_ASC], condition: { status: PUBLISHED, deletedAt: null }) { pageInfo { endCursor } } }`
      : `query($after: String) { list: positions(first: 100, after: $after) { pageInfo { endCursor } } }`;
    const res = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify({ query, variables: { after } }),
    });
    const body = (await res.json()) as { data?: { list: { pageInfo: { endCursor: string | null } } } };
    const next = body.data?.list.pageInfo.endCursor;
    if (!next) break;
    cursors.push(next);
    after = next;
  }
  return cursors;
}

/** The bodies a scenario sends: its variants in turn, or its one request. */
function bodiesOf(s: Scenario, f: Fixtures): string[] {
  const variants = s.variants?.(f);
  return (variants?.length ? variants : [s.request(f)]).map((r) => JSON.stringify(r));
}

async function drive(
  bodies: string | string[],
  headers: Record<string, string>,
  rate: number | null,
  seconds: number,
  target = base,
): Promise<Load & { cacheHits: number }> {
  const latencies: number[] = [];
  let bad = 0;
  let cacheHits = 0;
  const list = Array.isArray(bodies) ? bodies : [bodies];
  let next = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${target}/graphql`,
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: list[0],
        duration: seconds,
        // A fixed rate, or (null) as fast as 8 connections are answered: saturation.
        ...(rate === null ? { connections: 8 } : { overallRate: rate, connections: Math.max(4, Math.ceil(rate / 20)) }),
        requests: [
          {
            setupRequest: (request) => ({ ...request, body: list[next++ % list.length] }),
            // Apollo's response cache sets Age on an answer it served from memory.
            onResponse: (_status, _body, _context, responseHeaders) => {
              if (responseHeaders?.age !== undefined) cacheHits++;
            },
          },
        ],
      },
      (error, r) => (error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(r)),
    );
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      latencies.push(responseTime);
      if (statusCode !== 200) bad++;
    });
  });
  latencies.sort((a, b) => a - b);
  return {
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    rps: result.requests.average,
    errors: result.errors + result.timeouts + bad,
    requests: latencies.length,
    cacheHits,
  };
}

async function statementsPerRequest(list: Scenario[], f: Fixtures, creds: { key: string; cookie: string }): Promise<Map<string, number>> {
  let count = 0;
  const db = createPrismaClient(dbUrl, { poolSize: 4, onQuery: () => void count++ });
  // As production runs on a server: the data version from memory (LISTEN/NOTIFY), so it is not counted.
  const server = await createServer({
    db,
    databaseUrl: dbUrl,
    rateLimit: { perKey: 1e9, perAddress: 1e9 },
    responseCache: { megabytes: 0 },
    liveDataVersion: {},
  });
  const url = await server.listen();
  const counts = new Map<string, number>();
  try {
    for (const s of list) {
      const headers = { "content-type": "application/json", ...(s.editor ? { cookie: creds.cookie } : { "x-api-key": creds.key }) };
      const send = () => fetch(`${url}/graphql`, { method: "POST", headers, body: JSON.stringify(s.request(f)) }).then((r) => r.json());
      await send(); // warm caches (key lookup, topic lookups are per request anyway)
      count = 0;
      const answer = (await send()) as { errors?: unknown };
      if (answer.errors) throw new Error(`${s.name}: ${JSON.stringify(answer.errors).slice(0, 300)}`);
      counts.set(s.name, count);
    }
  } finally {
    await server.stop();
    await db.$disconnect();
  }
  return counts;
}

async function sqlFloor(s: Scenario, f: Fixtures): Promise<{ p50: number; p95: number } | null> {
  if (!s.floor) return null;
  const c = new pg.Client({ connectionString: dbUrl });
  await c.connect();
  const times: number[] = [];
  try {
    const { sql, values } = s.floor(f);
    for (let i = 0; i < 60; i++) {
      const t = process.hrtime.bigint();
      await c.query(sql, values);
      if (i >= 10) times.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
  } finally {
    await c.end();
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return m ? Number(m[1]) / 1024 : Number.NaN;
}

const fmt = (n: number, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : "—");

interface Pass {
  load: Map<string, Load & { cacheHits: number }>;
}

/** CPU seconds (user + system) a process has used, from /proc. */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
  return (Number(fields[11]) + Number(fields[12])) / 100; // clock ticks (USER_HZ = 100 on Linux)
}

interface Side {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  cpuMsPerRequest: number;
}

/** One side of the comparison: as fast as 8 connections are answered, with the server's CPU per request. */
async function saturate(bodies: string[], headers: Record<string, string>, seconds: number, target: string, pid: number): Promise<Side> {
  const before = cpuSeconds(pid);
  const l = await drive(bodies, headers, null, seconds, target);
  const cpu = cpuSeconds(pid) - before;
  return { rps: l.rps, p50: l.p50, p99: l.p99, errors: l.errors, cpuMsPerRequest: l.requests > 0 ? (cpu * 1000) / l.requests : Number.NaN };
}

interface Comparison {
  parley: Side;
  peer: Side;
  /** Parley's request rate over the peer's, the median of the interleaved pairs. */
  ratio: number;
  load: string;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? (sorted[Math.floor(sorted.length / 2)] ?? Number.NaN) : Number.NaN;
};

function medianSide(sides: Side[]): Side {
  return {
    rps: median(sides.map((x) => x.rps)),
    p50: median(sides.map((x) => x.p50)),
    p99: median(sides.map((x) => x.p99)),
    errors: sides.reduce((n, x) => n + x.errors, 0),
    cpuMsPerRequest: median(sides.map((x) => x.cpuMsPerRequest)),
  };
}

/**
 * Parley (uncached) and the peer on the same database, interleaved — Parley, peer, Parley, peer … — so that
 * a drift in the shared machine's speed falls on both; the ratio is taken pair by pair.
 */
async function comparePeer(s: Scenario, f: Fixtures, key: string, apiPid: number, peerPid: number, rounds: number, seconds: number): Promise<Comparison> {
  const parleyBodies = bodiesOf(s, f);
  const peerRequests = s.peerVariants?.(f);
  const peerBodies = (peerRequests?.length ? peerRequests : s.peer ? [s.peer(f)] : []).map((r) => JSON.stringify(r));
  const loadBefore = os.loadavg()[0] ?? Number.NaN;
  await drive(parleyBodies, { "x-api-key": key }, null, 1);
  await drive(peerBodies, {}, null, 1, peerBase);
  const parley: Side[] = [];
  const peer: Side[] = [];
  for (let i = 0; i < rounds; i++) {
    parley.push(await saturate(parleyBodies, { "x-api-key": key }, seconds, base, apiPid));
    peer.push(await saturate(peerBodies, {}, seconds, peerBase, peerPid));
  }
  const ratio = median(parley.map((p, i) => p.rps / (peer[i]?.rps ?? Number.NaN)));
  const load = `${fmt(loadBefore, 2)} → ${fmt(os.loadavg()[0] ?? Number.NaN, 2)}`;
  const c = { parley: medianSide(parley), peer: medianSide(peer), ratio, load };
  console.log(
    `[peer] ${s.name}: Parley ${fmt(c.parley.rps)} req/s (${fmt(c.parley.cpuMsPerRequest)} ms CPU/req), PostGraphile ${fmt(c.peer.rps)} req/s (${fmt(c.peer.cpuMsPerRequest)} ms CPU/req), ratio ${fmt(ratio, 2)}, load ${load}`,
  );
  return c;
}

/** Every scenario against one running API: warm-up, then the fixed-rate load. */
async function runScenarios(list: Scenario[], f: Fixtures, creds: { key: string; cookie: string }, label: string): Promise<Pass> {
  const load = new Map<string, Load & { cacheHits: number }>();
  for (const s of list) {
    const headers: Record<string, string> = s.editor ? { cookie: creds.cookie } : { "x-api-key": creds.key };
    const bodies = bodiesOf(s, f);
    await drive(bodies, headers, Math.min(20, s.rate), 1); // warm-up
    const l = await drive(bodies, headers, s.rate, duration);
    load.set(s.name, l);
    console.log(`[${label}] ${s.name}: p50 ${fmt(l.p50)} p95 ${fmt(l.p95)} p99 ${fmt(l.p99)} ms, ${fmt(l.rps)} req/s, ${l.errors} errors`);
  }
  return { load };
}

function met(s: Scenario, l: Load | undefined): string {
  if (!s.target || !l) return "—";
  return l.p95 <= s.target.p95 && (s.target.p99 === undefined || l.p99 <= s.target.p99) && l.errors === 0 ? "yes" : "no";
}

function peerTable(comparisons: Map<string, Comparison>): string {
  if (comparisons.size === 0) return "Peer comparison: not run (`--peer off`).";
  const rows = [...comparisons].map(
    ([name, c]) =>
      `| ${name} | ${fmt(c.parley.rps)} | ${fmt(c.parley.p50)} / ${fmt(c.parley.p99)} | ${fmt(c.parley.cpuMsPerRequest)} | ${c.parley.errors} | ${fmt(c.peer.rps)} | ${fmt(c.peer.p50)} / ${fmt(c.peer.p99)} | ${fmt(c.peer.cpuMsPerRequest)} | ${c.peer.errors} | ${fmt(c.ratio, 2)} | ${c.load} |`,
  );
  return `**Against the peer** (PostGraphile 4.14 on the same database, the query's condition \`status: PUBLISHED, deletedAt: null\`; Parley uncached). Each side as fast as 8 connections are answered, interleaved Parley, peer, Parley, peer; medians of the pairs. CPU: the server process's own (Node), per request; PostgreSQL's is not in it. Load: the machine's 1-minute load average before → after.

| Scenario | Parley req/s | Parley p50 / p99 (ms) | Parley CPU ms/req | Errors | PostGraphile req/s | PostGraphile p50 / p99 (ms) | PostGraphile CPU ms/req | Errors | Ratio (Parley / peer) | Load |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
${rows.join("\n")}`;
}

/** Self time of a CPU profile's samples, grouped by the package each function comes from. */
function byPackage(profileFile: string): { name: string; ms: number; share: number }[] {
  const profile = JSON.parse(readFileSync(profileFile, "utf8")) as {
    nodes: { id: number; callFrame: { url: string; functionName: string } }[];
    samples: number[];
    timeDeltas: number[];
  };
  const nodes = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const totals = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const frame = nodes.get(id);
    const url = frame?.url ?? "";
    const pkg =
      /node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules)/.exec(url)?.[1] ??
      (/\/apps\/([^/]+)\//.exec(url) ? `@parley/${/\/apps\/([^/]+)\//.exec(url)?.[1]}` : undefined) ??
      (/\/packages\/([^/]+)\//.exec(url) ? `@parley/${/\/packages\/([^/]+)\//.exec(url)?.[1]}` : undefined) ??
      (url.startsWith("node:") ? "node (core)" : `${frame?.functionName || "(native)"}`);
    totals.set(pkg, (totals.get(pkg) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const busy = [...totals].filter(([name]) => name !== "(idle)").reduce((n, [, ms]) => n + ms, 0);
  return [...totals]
    .filter(([name]) => name !== "(idle)")
    .map(([name, ms]) => ({ name, ms, share: ms / busy }))
    .sort((a, b) => b.ms - a.ms);
}

/** `--profile <scenario>`: the API under that scenario (uncached) with Node's CPU profiler, summarised by package. */
async function profile(match: string): Promise<void> {
  const s = scenarios.find((x) => x.name.toLowerCase().includes(match.toLowerCase()));
  if (!s) throw new Error(`no scenario matches "${match}": ${scenarios.map((x) => x.name).join("; ")}`);
  const dir = mkdtempSync(path.join(os.tmpdir(), "parley-profile-"));
  const api = await startApi(0, [...apiNodeFlags, "--cpu-prof", `--cpu-prof-dir=${dir}`], true);
  let requests = 0;
  try {
    const f = await fixtures();
    const creds = await credentials();
    f.parleyCursors = await pageCursors(base, { "x-api-key": creds.key }, false, 10);
    const headers: Record<string, string> = s.editor ? { cookie: creds.cookie } : { "x-api-key": creds.key };
    requests = (await drive(bodiesOf(s, f), headers, s.rate, duration)).requests;
  } finally {
    api.kill("SIGTERM");
    await new Promise<void>((resolve) => api.once("exit", () => resolve()));
  }
  const file = readdirSync(dir).find((name) => name.endsWith(".cpuprofile"));
  if (!file) throw new Error(`no profile written in ${dir}`);
  console.log(`CPU profile of the API under "${s.name}" (${requests} requests): ${path.join(dir, file)}`);
  for (const row of byPackage(path.join(dir, file)).slice(0, 25)) {
    console.log(
      `${row.name.padEnd(40)} ${fmt(row.ms, 0).padStart(8)} ms ${fmt(100 * row.share, 1).padStart(5)} %  ${fmt(requests ? row.ms / requests : Number.NaN, 2)} ms/req`,
    );
  }
}

const RESULTS_START = "<!-- bench:results:start -->";
const RESULTS_END = "<!-- bench:results:end -->";

/** Replaces the generated part of an existing report, keeping the hand-written analysis around it. */
function mergeReport(previous: string | null, results: string): string {
  const block = `${RESULTS_START}\n${results}\n${RESULTS_END}`;
  if (previous) {
    const a = previous.indexOf(RESULTS_START);
    const b = previous.indexOf(RESULTS_END);
    if (a >= 0 && b > a) return previous.slice(0, a) + block + previous.slice(b + RESULTS_END.length);
  }
  return `# Benchmarks\n\n${block}\n`;
}

async function main(): Promise<void> {
  const { loadSeconds } = await prepareData();
  const only = opts.scenarios
    .split(",")
    .map((x) => x.trim().toLowerCase())
    .filter(Boolean);
  const list = only.length ? scenarios.filter((x) => only.some((o) => x.name.toLowerCase().includes(o))) : scenarios;
  if (opts.profile) return profile(opts.profile);
  await buildApi();
  // Pass 1: the response cache off, so every request is computed: the API's own cost, and the memory soak.
  let api = await startApi(0, apiNodeFlags);
  let f: Fixtures;
  let creds: { key: string; cookie: string };
  let counts: Map<string, number>;
  let uncached: Pass;
  let memory = "not measured (--soak 0)";
  const comparisons = new Map<string, Comparison>();
  try {
    f = await fixtures();
    creds = await credentials();
    f.parleyCursors = await pageCursors(base, { "x-api-key": creds.key }, false, 10);
    counts = await statementsPerRequest(list, f, creds);
    if (withPeer) {
      const peer = await startPeer();
      try {
        f.peerCursors = await pageCursors(peerBase, {}, true, 10);
        for (const s of list.filter((x) => x.peer !== undefined)) {
          comparisons.set(s.name, await comparePeer(s, f, creds.key, api.pid ?? 0, peer.pid ?? 0, 2, Math.max(2, duration / 2)));
        }
      } finally {
        peer.kill("SIGTERM");
      }
    }
    uncached = await runScenarios(list, f, creds, "uncached");
    if (soakSeconds > 0) {
      const samples: number[] = [];
      const pid = api.pid ?? 0;
      const timer = setInterval(() => samples.push(rssMb(pid)), 1000);
      const partner = list[0];
      if (!partner) throw new Error("no scenarios");
      const load = await drive(bodiesOf(partner, f), { "x-api-key": creds.key }, partner.rate, soakSeconds);
      clearInterval(timer);
      const warm = samples.slice(Math.min(10, Math.floor(samples.length / 4)));
      const first = samples[0] ?? Number.NaN;
      const warmFirst = warm[0] ?? Number.NaN;
      const last = samples.at(-1) ?? Number.NaN;
      const slope = warm.length > 1 ? ((last - warmFirst) / (warm.length - 1)) * 60 : Number.NaN;
      memory = `RSS ${fmt(first)} MB at start, ${fmt(warmFirst)} MB after warm-up, ${fmt(last)} MB after ${soakSeconds} s (max ${fmt(Math.max(...samples))} MB); slope after warm-up ${fmt(slope, 2)} MB/min; ${load.requests} requests, p99 ${fmt(load.p99)} ms, ${load.errors} errors`;
      console.log(`memory: ${memory}`);
    }
  } finally {
    api.kill("SIGTERM");
  }
  await new Promise((r) => setTimeout(r, 1000));
  // Pass 2: as deployed, with the published-read response cache (the benchmark repeats identical requests,
  // so reads are mostly answered from it; the editor's writes invalidate it).
  api = await startApi(64, apiNodeFlags);
  let cached: Pass;
  try {
    cached = await runScenarios(list, f, creds, "cached");
  } finally {
    api.kill("SIGTERM");
  }

  const rows: string[] = [];
  const raw: Record<string, unknown> = {};
  for (const s of list) {
    const u = uncached.load.get(s.name);
    const c = cached.load.get(s.name);
    if (!u || !c) throw new Error(`${s.name}: not measured in both passes`);
    const floor = await sqlFloor(s, f);
    const ratio = floor ? u.p50 / floor.p50 : Number.NaN;
    rows.push(
      `| ${s.name} | ${s.rate} | ${s.target ? `p95 ≤ ${s.target.p95}${s.target.p99 ? `, p99 ≤ ${s.target.p99}` : ""}` : "—"} | ${fmt(u.rps)} | ${fmt(u.p50)} / ${fmt(u.p95)} / ${fmt(u.p99)} | ${u.errors} | ${met(s, u)} | ${fmt(c.rps)} | ${fmt(c.p50)} / ${fmt(c.p95)} / ${fmt(c.p99)} | ${c.errors} | ${met(s, c)} | ${c.requests ? `${fmt((100 * c.cacheHits) / c.requests, 0)} %` : "—"} | ${counts.get(s.name) ?? "—"} | ${floor ? `${fmt(floor.p50, 2)} / ${fmt(floor.p95, 2)}` : "—"} | ${fmt(ratio)} |`,
    );
    raw[s.name] = { uncached: u, cached: c, floor, statements: counts.get(s.name), peer: comparisons.get(s.name) };
  }

  const sizes = sizesFor(scale);
  const cpu = /model name\s*:\s*(.+)/.exec(readFileSync("/proc/cpuinfo", "utf8"))?.[1] ?? "unknown CPU";
  const pgVersion = await (async () => {
    const c = new pg.Client({ connectionString: dbUrl });
    await c.connect();
    const v = (await c.query<{ server_version: string }>("SHOW server_version")).rows[0]?.server_version ?? "unknown";
    await c.end();
    return v;
  })();
  const results = `Measured by \`pnpm bench\` (see [bench/README.md](../bench/README.md)) on ${new Date().toISOString().slice(0, 10)}.

- Machine: ${cpu}, ${os.cpus().length} cores, ${fmt(os.totalmem() / 2 ** 30, 0)} GiB; Node ${process.version}; PostgreSQL ${pgVersion} (server on 127.0.0.1). API and load generator share the machine.
- Data set (scale ${scale}): ${sizes.articles.toLocaleString("en")} articles (Dutch and English, 3–6 KB), ${sizes.processes} processes, ${sizes.rounds.toLocaleString("en")} rounds, ${sizes.parties} parties, ${sizes.people.toLocaleString("en")} people with 2–4 spellings, ${sizes.topics} topics, ${sizes.positions.toLocaleString("en")} positions, ${sizes.demands.toLocaleString("en")} demands, ${sizes.evidence.toLocaleString("en")} quotes. ${loadSeconds === null ? "Reused from an earlier run." : `Generated and loaded in ${fmt(loadSeconds, 0)} s.`}
- Each scenario: autocannon at a fixed request rate for ${duration} s after a warm-up; latencies in ms (p50 / p95 / p99) from every response. **Uncached**: the API with its response cache off, every request computed. **Cached**: as deployed, with the published-read response cache (identical repeated requests are answered from memory until a write). Statements: SQL statements one uncached request makes (counted in-process). SQL floor: a hand-written query returning the same data, p50 / p95 over 50 runs on one connection. Ratio: uncached p50 / floor p50.

| Scenario | Rate (req/s) | Target (ms) | Uncached: achieved req/s | Uncached p50 / p95 / p99 | Errors | Met | Cached: achieved req/s | Cached p50 / p95 / p99 | Errors | Met | Cached: hit rate | Statements | SQL floor p50 / p95 | Ratio |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
${rows.join("\n")}

${peerTable(comparisons)}

Start to first answer (production bundle \`apps/api/dist/main.mjs\`, spawn to the first GraphQL answer, ${startSeconds.length} starts): ${startSeconds.map((x) => `${fmt(x, 2)} s`).join(", ")}.

Memory over a sustained partner-read run (uncached): ${memory}.

<details><summary>Raw figures</summary>

\`\`\`json
${JSON.stringify(raw, null, 1)}
\`\`\`

</details>`;
  if (opts.out === "-") {
    const file = path.join(os.tmpdir(), `parley-bench-${Date.now()}.md`);
    writeFileSync(file, mergeReport(null, results));
    console.log(`report: ${file}`);
  } else {
    const previous = existsSync(opts.out) ? readFileSync(opts.out, "utf8") : null;
    writeFileSync(opts.out, mergeReport(previous, results));
    console.log(`report: ${path.relative(process.cwd(), opts.out)}`);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
