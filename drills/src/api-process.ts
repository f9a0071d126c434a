// The API as production runs it: its own process, started from the built bundle (apps/api/dist) when there
// is one, otherwise from source with tsx. Drills kill it (-9), restart it and time how soon it answers.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const API = path.join(REPO, "apps/api");
export const BUNDLE = path.join(API, "dist/main.mjs");

export interface ApiProcess {
  base: string;
  pid: number;
  /** Milliseconds from spawn to the first answered GraphQL request. */
  startMs: number;
  /** Resident memory in megabytes (Linux /proc). */
  rssMb(): number;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

export interface ApiOptions {
  port: number;
  /** Unset: the embedded database in `dataDir`. */
  databaseUrl?: string;
  dataDir?: string;
  env?: Record<string, string>;
  /** Run the TypeScript sources under tsx even when a bundle exists (to compare start times). */
  fromSource?: boolean;
}

export const DRILL_SECRET = "parley-drills-only-secret-0123456789abcdef";

export async function startApi(options: ApiOptions): Promise<ApiProcess> {
  const env: Record<string, string | undefined> = {
    ...process.env,
    NODE_ENV: "production",
    HOST: "127.0.0.1",
    PORT: String(options.port),
    LOG_LEVEL: "error",
    DATABASE_URL: options.databaseUrl ?? "",
    PARLEY_AUTH_SECRET: DRILL_SECRET,
    PARLEY_PUBLIC_URL: `http://127.0.0.1:${options.port}`,
    // The fuzzer sends thousands of requests from one address: limits are tested by the API's own suite.
    RATE_LIMIT_PER_ADDRESS: "10000000",
    RATE_LIMIT_PER_KEY: "10000000",
    RESPONSE_CACHE_MB: "0",
    ...(options.dataDir ? { PARLEY_DATA_DIR: options.dataDir } : {}),
    ...options.env,
  };
  const args = existsSync(BUNDLE) && !options.fromSource ? ["--enable-source-maps", BUNDLE] : ["--import", "tsx", "src/platform/main.ts"];
  const started = performance.now();
  const child: ChildProcess = spawn(process.execPath, args, { cwd: API, env, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const base = `http://127.0.0.1:${options.port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the API exited (${child.exitCode}) before answering: ${stderr}`);
    if (Date.now() > deadline) throw new Error(`the API did not answer within 120 s: ${stderr}`);
    const answered = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: '{"query":"{ __typename }"}',
    }).then(
      (r) => r.status === 200,
      () => false,
    );
    if (answered) break;
    await new Promise((r) => setTimeout(r, 25));
  }
  const pid = child.pid ?? -1;
  return {
    base,
    pid,
    startMs: Math.round(performance.now() - started),
    rssMb() {
      const status = readFileSync(`/proc/${pid}/status`, "utf8");
      return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
    },
    async kill(signal: NodeJS.Signals = "SIGTERM") {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once("exit", r));
      child.kill(signal);
      await exited;
    },
  };
}
