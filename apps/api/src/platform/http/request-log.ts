// Every answer carries a request id (the caller's own when it is a plain token, else a new one) and is logged
// once it is sent: the same for requests Express serves and for the lean GraphQL path (http/lean-graphql.ts).
import { randomUUID } from "node:crypto";
import type { ServerResponse } from "node:http";
import type { Logger } from "../logger.js";

const PLAIN_REQUEST_ID = /^[\w.-]{1,100}$/;

/** The id this request is known by in logs and in the `x-request-id` response header. */
export function requestIdOf(incoming: string | string[] | undefined): string {
  return typeof incoming === "string" && PLAIN_REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

/** Sets `x-request-id` and logs the request when its answer has been sent (skipped unless info is on). */
export function tagAndLog(logger: Logger, res: ServerResponse, requestId: string, method: string | undefined, path: () => string): void {
  res.setHeader("x-request-id", requestId);
  if (!logger.isLevelEnabled("info")) return;
  const started = process.hrtime.bigint();
  res.on("finish", () => {
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    logger.info({ requestId, method, path: path(), status: res.statusCode, ms: Math.round(ms * 10) / 10 }, "request");
  });
}
