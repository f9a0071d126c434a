// The database restarts under load (a throw-away cluster, stopped and started again while readers and
// writers keep going): how long until writes succeed again, what clients get meanwhile (503, never a 500),
// and whether any acknowledged write is lost.
import type { ApiProcess } from "./api-process.js";
import type { Cluster } from "./cluster.js";
import { checkWrites, writeStream } from "./writes.js";

export interface RestartResult {
  acknowledged: number;
  lost: number;
  partial: number;
  /** Milliseconds the database was down (stop to started). */
  downMs: number;
  /** Milliseconds from the stop to the first write acknowledged after the database was back. */
  recoveryMs: number;
  statuses: Record<string, number>;
  readStatuses: Record<string, number>;
  unexpected: string[];
}

export async function databaseRestart(options: {
  api: ApiProcess;
  cookie: string;
  cluster: Cluster;
  databaseUrl: string;
  writers: number;
  readers: number;
  tag: string;
  loadMs: number;
}): Promise<RestartResult> {
  const prefix = `drill-restart-${options.tag}`;
  const began = performance.now();
  const stream = writeStream({ base: () => options.api.base, cookie: () => options.cookie, prefix, writers: options.writers, pauseMs: 20 });
  const readStatuses: Record<string, number> = {};
  let reading = true;
  const reader = async () => {
    while (reading) {
      const status = await fetch(`${options.api.base}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ parties(first: 5) { totalCount edges { node { slug } } } }" }),
      }).then(
        async (r) => (await r.arrayBuffer(), String(r.status)),
        () => "no answer",
      );
      readStatuses[status] = (readStatuses[status] ?? 0) + 1;
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  const readers = Promise.all(Array.from({ length: options.readers }, reader));
  await new Promise((r) => setTimeout(r, options.loadMs / 3));
  const stoppedAt = performance.now() - began;
  await options.cluster.stop();
  await new Promise((r) => setTimeout(r, 500));
  await options.cluster.start();
  const startedAt = performance.now() - began;
  await new Promise((r) => setTimeout(r, (options.loadMs * 2) / 3));
  reading = false;
  await Promise.all([stream.stop(), readers]);
  const firstAfter = stream.log.acknowledgedAt.find((t) => t > startedAt);
  const consistency = await checkWrites(options.databaseUrl, prefix, stream.log.acknowledged);
  return {
    acknowledged: stream.log.acknowledged.size,
    lost: consistency.lost,
    partial: consistency.partial,
    downMs: Math.round(startedAt - stoppedAt),
    recoveryMs: firstAfter === undefined ? -1 : Math.round(firstAfter - stoppedAt),
    statuses: stream.log.statuses,
    readStatuses,
    unexpected: stream.log.unexpected,
  };
}
