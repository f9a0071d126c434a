// `kill -9` while editors write: the API dies between statements of open transactions. After a restart
// every acknowledged write must be there, whole, and nothing may be half-written.
import { startApi, type ApiProcess, type ApiOptions } from "./api-process.js";
import { checkWrites, writeStream, type Consistency } from "./writes.js";

export interface KillResult extends Consistency {
  database: string;
  acknowledged: number;
  /** Milliseconds from the restart after `kill -9` to the first answer. */
  restartMs: number;
}

export async function killDuringWrites(options: {
  database: string;
  api: ApiOptions;
  /** Where to check the data (a server URL, or read after the restart for the embedded database). */
  databaseUrl: () => string;
  signIn: (base: string) => Promise<string>;
  writers: number;
  /** Acknowledged writes to wait for before the kill (writes are then in flight on every writer). */
  killAfterWrites: number;
  tag: string;
}): Promise<KillResult> {
  const prefix = `drill-kill-${options.tag}`;
  let api: ApiProcess = await startApi(options.api);
  let cookie = await options.signIn(api.base);
  const stream = writeStream({ base: () => api.base, cookie: () => cookie, prefix, writers: options.writers });
  const deadline = Date.now() + 120_000;
  while (stream.log.acknowledged.size < options.killAfterWrites && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
  await api.kill("SIGKILL");
  await stream.stop();
  api = await startApi(options.api);
  const restartMs = api.startMs;
  try {
    cookie = await options.signIn(api.base);
    const consistency = await checkWrites(options.databaseUrl(), prefix, stream.log.acknowledged);
    return { database: options.database, acknowledged: stream.log.acknowledged.size, restartMs, ...consistency };
  } finally {
    await api.kill();
  }
}
