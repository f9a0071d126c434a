// `pnpm --filter @parley/drills drills` (full run, writes docs/reliability.md) and `drills:smoke` (CI, a
// couple of minutes): the reliability drills against the API as production runs it (the built bundle, its
// own process, loopback only). Exits non-zero on any 5xx from the fuzzer, any table it changed, any lost
// or partial write, any 500 while the database restarts.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { REPO, startApi, type ApiOptions, type ApiProcess } from "./api-process.js";
import { createCluster } from "./cluster.js";
import { concurrentEditors } from "./editors.js";
import { createCredentials, createDrillDatabase, gql, signIn } from "./fixtures.js";
import { fuzz } from "./fuzz.js";
import { killDuringWrites, type KillResult } from "./kill.js";
import { writeReport, type DrillResults } from "./report.js";
import { databaseRestart } from "./restart.js";
import { soak } from "./soak.js";
import type { Targets } from "./hostile.js";

const { values: opts } = parseArgs({
  options: {
    smoke: { type: "boolean", default: false },
    seed: { type: "string", default: "20261201" },
    server: { type: "string", default: process.env.DRILLS_DATABASE_SERVER ?? "postgresql://postgres@127.0.0.1:5432/postgres" },
    out: { type: "string", default: path.join(REPO, "docs/reliability.md") },
  },
});
const smoke = opts.smoke;
const seed = Number(opts.seed);
const SIZE = smoke
  ? { fuzz: 1_200, editors: 12, killWriters: 4, killAfterWrites: 8, restartLoadMs: 4_500, soakSeconds: 10 }
  : { fuzz: 6_000, editors: 50, killWriters: 8, killAfterWrites: 40, restartLoadMs: 9_000, soakSeconds: 120 };
// Loopback ports of the drills' own API processes and throw-away cluster.
const PORTS = { server: 4561, embedded: 4562, restart: 4563, source: 4564, cluster: 5561 };
const ADMIN = { email: "drill-admin@parley.test", password: "drill admin password" };

const log = (line: string) => console.log(`drills: ${line}`);
const failures: string[] = [];
const must = (ok: boolean, what: string) => {
  if (!ok) failures.push(what);
};

async function postgresVersion(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ v: string }>("SELECT current_setting('server_version') AS v")).rows[0]?.v ?? "unknown";
  } finally {
    await client.end();
  }
}

/** The median time to first answer over `runs` starts, each process ended with `kill -9`. */
async function medianStart(options: ApiOptions, runs: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const api = await startApi(options);
    times.push(api.startMs);
    await api.kill("SIGKILL");
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)] ?? 0;
}

async function targetsOf(api: ApiProcess, key: string, cookie: string): Promise<Targets> {
  const answer = await gql(api.base, `{ party(slug: "russia") { id version } parties(first: 2) { edges { cursor } } }`, {}, { cookie });
  const data = answer.body?.data as { party: { id: string; version: number }; parties: { edges: { cursor: string }[] } } | undefined;
  const cursor = data?.parties.edges[0]?.cursor;
  if (!data || !cursor) throw new Error(`could not read the fuzzer's targets: ${JSON.stringify(answer.body)}`);
  return { base: api.base, key, cookie, party: data.party, partyCursor: cursor };
}

async function main(): Promise<void> {
  const began = performance.now();
  const loadAtStart = os.loadavg()[0] ?? 0;
  log(`building the API bundle`);
  execFileSync(process.execPath, [path.join(REPO, "apps/api/scripts/build.mjs")], { stdio: "inherit" });
  const startTimes: DrillResults["startTimes"] = [];
  const kills: KillResult[] = [];

  // ── On the PostgreSQL server: fuzzer, concurrent editors, soak, kill -9 ──
  const database = await createDrillDatabase(opts.server);
  let fuzzResult: DrillResults["fuzz"];
  let editors: DrillResults["editors"];
  let soakResult: DrillResults["soak"];
  try {
    const { key } = await createCredentials(database.db, database.url);
    const serverApi = { port: PORTS.server, databaseUrl: database.url };
    const api = await startApi(serverApi);
    startTimes.push({ label: "server database, built bundle (migrated, seeded)", ms: api.startMs });
    try {
      const cookie = await signIn(api.base);
      const targets = await targetsOf(api, key, cookie);
      log(`fuzzer: ${SIZE.fuzz} hostile requests`);
      fuzzResult = await fuzz({ targets, databaseUrl: database.url, count: SIZE.fuzz, seed });
      log(
        `fuzzer: ${fuzzResult.serverErrors} 5xx, ${fuzzResult.notJson} not JSON, changed tables: ${fuzzResult.changedTables.join(", ") || "none"} (${fuzzResult.seconds} s)`,
      );
      must(fuzzResult.serverErrors === 0, `the fuzzer got ${fuzzResult.serverErrors} 5xx answers: ${fuzzResult.examples.join(" | ")}`);
      must(fuzzResult.notJson === 0, `the fuzzer got ${fuzzResult.notJson} answers that are not JSON: ${fuzzResult.examples.join(" | ")}`);
      must(fuzzResult.changedTables.length === 0, `hostile requests changed tables: ${fuzzResult.changedTables.join(", ")}`);

      log(`concurrent editors: ${SIZE.editors} on one record`);
      editors = await concurrentEditors({ base: api.base, cookie, editors: SIZE.editors, tag: String(seed) });
      log(`concurrent editors: ${editors.lost} lost, version ${editors.finalVersion}/${editors.expectedVersion}, ${editors.conflicts} conflicts`);
      must(
        editors.lost === 0 && editors.finalVersion === editors.expectedVersion,
        `concurrent editors lost ${editors.lost} updates (version ${editors.finalVersion}, expected ${editors.expectedVersion})`,
      );

      log(`soak: ${SIZE.soakSeconds} s`);
      soakResult = await soak({ api, key, cookie, seconds: SIZE.soakSeconds, concurrency: 4, tag: String(seed) });
      log(`soak: ${soakResult.requests} requests, ${soakResult.failures} failures, memory ${soakResult.firstQuarterMb} → ${soakResult.lastQuarterMb} MB`);
      must(soakResult.failures === 0, `the soak had ${soakResult.failures} failed requests`);
    } finally {
      await api.kill();
    }

    log("kill -9 during writes (server database)");
    const killed = await killDuringWrites({
      database: "PostgreSQL server",
      api: serverApi,
      databaseUrl: () => database.url,
      signIn: (base) => signIn(base),
      writers: SIZE.killWriters,
      killAfterWrites: SIZE.killAfterWrites,
      tag: `s${seed}`,
    });
    kills.push(killed);
    startTimes.push({ label: "server database, built bundle, after `kill -9`", ms: killed.restartMs });
    if (!smoke) {
      // On a shared machine one start says little: the median of five, each after a kill -9.
      startTimes.push({ label: "server database, built bundle, after `kill -9`: median of 5", ms: await medianStart(serverApi, 5) });
      startTimes.push({
        label: "server database, TypeScript sources under tsx (as before): median of 5",
        ms: await medianStart({ ...serverApi, port: PORTS.source, fromSource: true }, 5),
      });
    }
  } finally {
    await database.drop();
  }

  // ── The embedded database (no DATABASE_URL), as the quick start runs it ──
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "parley-drill-embedded-"));
  try {
    const embeddedApi = { port: PORTS.embedded, dataDir, env: { PARLEY_ADMIN_EMAIL: ADMIN.email, PARLEY_ADMIN_PASSWORD: ADMIN.password } };
    const first = await startApi(embeddedApi);
    startTimes.push({ label: "embedded database, first start (creates, migrates and seeds it)", ms: first.startMs });
    await first.kill();
    log("kill -9 during writes (embedded database)");
    const killed = await killDuringWrites({
      database: "embedded (PGlite)",
      api: embeddedApi,
      databaseUrl: () => readFileSync(path.join(dataDir, "embedded.url"), "utf8").trim(),
      signIn: (base) => signIn(base, ADMIN),
      writers: SIZE.killWriters,
      killAfterWrites: SIZE.killAfterWrites,
      tag: `e${seed}`,
    });
    kills.push(killed);
    startTimes.push({ label: "embedded database, built bundle, after `kill -9`", ms: killed.restartMs });
    if (!smoke) startTimes.push({ label: "embedded database, built bundle, after `kill -9`: median of 5", ms: await medianStart(embeddedApi, 5) });
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  for (const k of kills) {
    log(`kill -9 (${k.database}): ${k.acknowledged} acknowledged, ${k.found} found, ${k.lost} lost, ${k.partial} partial, restart ${k.restartMs} ms`);
    must(k.lost === 0 && k.partial === 0, `kill -9 on the ${k.database} database: ${k.lost} acknowledged writes lost, ${k.partial} partial records`);
  }

  // ── A throw-away cluster restarted under load ──
  log("database restart under load");
  const cluster = await createCluster(PORTS.cluster);
  let restart: DrillResults["restart"];
  let postgres: string;
  try {
    postgres = await postgresVersion(opts.server);
    const clusterDb = await createDrillDatabase(cluster.url);
    try {
      await createCredentials(clusterDb.db, clusterDb.url);
      const api = await startApi({ port: PORTS.restart, databaseUrl: clusterDb.url });
      try {
        const cookie = await signIn(api.base);
        restart = await databaseRestart({
          api,
          cookie,
          cluster,
          databaseUrl: clusterDb.url,
          writers: 4,
          readers: 2,
          tag: String(seed),
          loadMs: SIZE.restartLoadMs,
        });
      } finally {
        await api.kill();
      }
    } finally {
      await clusterDb.drop();
    }
  } finally {
    await cluster.destroy();
  }
  log(
    `database restart: down ${restart.downMs} ms, first write ${restart.recoveryMs} ms after the stop, ${restart.lost} lost, writes ${JSON.stringify(restart.statuses)}, reads ${JSON.stringify(restart.readStatuses)}`,
  );
  const fiveHundreds = Object.entries({ ...restart.readStatuses })
    .filter(([s]) => s !== "503" && s.startsWith("5"))
    .reduce((n, [, c]) => n + c, 0);
  must(restart.lost === 0 && restart.partial === 0, `the database restart lost ${restart.lost} acknowledged writes (${restart.partial} partial)`);
  must(
    restart.unexpected.length === 0 && fiveHundreds === 0,
    `during the database restart clients got answers other than 200/503: ${restart.unexpected.join(" | ")} ${fiveHundreds} reads`,
  );
  must(restart.recoveryMs >= 0, "no write succeeded after the database came back");

  const results: DrillResults = {
    seed,
    load: [loadAtStart, os.loadavg()[0] ?? 0],
    postgres,
    startTimes,
    fuzz: fuzzResult,
    editors,
    kills,
    restart,
    soak: soakResult,
    seconds: (performance.now() - began) / 1000,
  };
  if (!smoke) {
    writeReport(opts.out, results);
    log(`wrote ${path.relative(REPO, opts.out)}`);
  }
  for (const s of startTimes) log(`start to first answer: ${s.label}: ${s.ms} ms`);
  if (failures.length > 0) {
    for (const f of failures) console.error(`drills: FAILED: ${f}`);
    console.log(`drills: 0 passed, ${failures.length} failed`);
    process.exitCode = 1;
  } else {
    console.log(`drills${smoke ? " (smoke)" : ""}: all passed in ${Math.round(results.seconds)} s`);
  }
}

main().catch((error: unknown) => {
  console.error(`drills: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
});
