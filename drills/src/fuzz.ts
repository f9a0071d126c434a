// The fuzzer: thousands of hostile requests from a seed, a few at a time, counted by status and
// `extensions.code`; every table's checksum before and after proves that none of them changed a row.
import { changedTables, checksumTables } from "./checksum.js";
import { hostileRequest, type Targets } from "./hostile.js";
import { seeded } from "./random.js";

export interface FuzzResult {
  requests: number;
  seconds: number;
  byStatus: Record<string, number>;
  byCode: Record<string, number>;
  byCategory: Record<string, number>;
  serverErrors: number;
  /** Requests whose connection closed without an answer, answered when sent again on a new one. */
  retried: number;
  notJson: number;
  /** A few of the requests that got a 5xx or a non-JSON answer. */
  examples: string[];
  changedTables: string[];
  checksum: string;
}

const bump = (counts: Record<string, number>, key: string) => {
  counts[key] = (counts[key] ?? 0) + 1;
};

export async function fuzz(options: { targets: Targets; databaseUrl: string; count: number; seed: number; concurrency?: number }): Promise<FuzzResult> {
  const before = await checksumTables(options.databaseUrl);
  const random = seeded(options.seed);
  const requests = Array.from({ length: options.count }, () => hostileRequest(random, options.targets));
  const result: FuzzResult = {
    requests: requests.length,
    seconds: 0,
    byStatus: {},
    byCode: {},
    byCategory: {},
    serverErrors: 0,
    retried: 0,
    notJson: 0,
    examples: [],
    changedTables: [],
    checksum: before.total,
  };
  const started = performance.now();
  let next = 0;
  const worker = async () => {
    while (next < requests.length) {
      const request = requests[next++];
      if (!request) break;
      bump(result.byCategory, request.category);
      let status = 0;
      let contentType = "";
      let text = "";
      // A request whose connection closed without an answer (a kept-alive connection closing as it was
      // reused) is sent once more; a second silence counts as a server error.
      for (let attempt = 0; attempt < 2 && status === 0; attempt++) {
        try {
          const response = await fetch(`${options.targets.base}${request.path}`, {
            method: request.method,
            headers: request.headers,
            ...(request.body !== undefined && request.method !== "GET" ? { body: request.body } : {}),
            signal: AbortSignal.timeout(60_000),
          });
          status = response.status;
          contentType = response.headers.get("content-type") ?? "";
          text = await response.text();
          if (attempt > 0) result.retried += 1;
        } catch (error) {
          const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : "";
          text = `no answer: ${String(error)}${cause}`;
        }
      }
      bump(result.byStatus, String(status));
      // An OPTIONS preflight and a 204 carry no body; everything else must be JSON.
      const json = contentType.includes("json") || status === 204 || (request.method === "OPTIONS" && text === "");
      let codes: string[] = [];
      try {
        const parsed = JSON.parse(text) as { errors?: { extensions?: { code?: unknown } }[] } | null;
        codes = (parsed?.errors ?? []).map((e) => String(e.extensions?.code ?? "(none)"));
      } catch {
        codes = [];
      }
      for (const code of new Set(codes)) bump(result.byCode, code);
      if (codes.length === 0) bump(result.byCode, status === 200 ? "(data)" : "(no errors array)");
      if (status >= 500 || status === 0 || !json) {
        if (status >= 500 || status === 0) result.serverErrors += 1;
        if (!json) result.notJson += 1;
        if (result.examples.length < 10)
          result.examples.push(
            `${request.category}: ${request.method} ${request.path.slice(0, 80)} ${String(request.body).slice(0, 160)} → ${status} ${text.slice(0, 160)}`,
          );
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 8 }, worker));
  result.seconds = Math.round((performance.now() - started) / 100) / 10;
  const after = await checksumTables(options.databaseUrl);
  result.changedTables = changedTables(before, after);
  return result;
}
