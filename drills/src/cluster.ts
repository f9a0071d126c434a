// A throw-away PostgreSQL cluster (initdb + pg_ctl from Debian's PostgreSQL 15) on its own loopback port,
// so a drill can stop and restart a database without touching the machine's server on 5432.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const BIN = process.env.PG_BIN ?? "/usr/lib/postgresql/15/bin";

export interface Cluster {
  /** The server's `postgres` database; drills create their own next to it. */
  url: string;
  port: number;
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops and removes the cluster's files. */
  destroy(): Promise<void>;
}

export async function createCluster(port: number): Promise<Cluster> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "parley-drill-pg-"));
  const data = path.join(dir, "data");
  // initdb refuses to run as root; the cluster then belongs to the `postgres` system user.
  const asPostgres = process.getuid?.() === 0;
  const exec = async (file: string, args: string[]) => {
    if (asPostgres) await run("chown", ["-R", "postgres:postgres", dir]);
    return asPostgres ? run("runuser", ["-u", "postgres", "--", path.join(BIN, file), ...args]) : run(path.join(BIN, file), args);
  };
  await exec("initdb", ["-D", data, "-U", "postgres", "--auth=trust", "--no-sync", "-E", "UTF8"]);
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${dir} -c max_connections=100`;
  const cluster: Cluster = {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    port,
    async start() {
      await exec("pg_ctl", ["-D", data, "-o", options, "-l", path.join(dir, "log"), "-w", "-t", "30", "start"]);
    },
    async stop() {
      await exec("pg_ctl", ["-D", data, "-m", "fast", "-w", "stop"]);
    },
    async destroy() {
      await cluster.stop().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
  await cluster.start();
  return cluster;
}
