// Every answer of the API is JSON in the GraphQL error shape, including the ones Express would make
// itself: an unknown path, a body that is not JSON, a database that is down while a key or session is
// checked. A client's mistake is logged as a warning without a stack; only our own faults as errors.
import type { ServerResponse } from "node:http";
import type { ErrorRequestHandler, RequestHandler, Response } from "express";
import type { Logger } from "../logger.js";
import { isDatabaseUnavailable } from "./unavailable.js";

/** The body of an error answered outside GraphQL execution. */
export function jsonErrorBody(code: string, message: string): { errors: { message: string; extensions: { code: string } }[] } {
  return { errors: [{ message, extensions: { code } }] };
}

export function sendJsonError(res: Response, status: number, code: string, message: string): void {
  if (res.headersSent) return;
  res.status(status).type("application/json").json(jsonErrorBody(code, message));
}

/** A JSON answer on Node's response, with the headers Express's `res.json` sets (less the ETag: see lean-graphql.ts). */
export function writeJson(res: ServerResponse, status: number, body: unknown): void {
  if (res.headersSent) return;
  const text = JSON.stringify(body);
  res.statusCode = status;
  res.setHeader("Content-Type", "application/json; charset=utf-8");
  res.setHeader("Content-Length", Buffer.byteLength(text));
  res.end(text);
}

export const jsonNotFound: RequestHandler = (req, res) => {
  sendJsonError(res, 404, "NOT_FOUND", `Nothing is served at ${req.method} ${req.path}; GraphQL is at /graphql.`);
};

/** The status an error from a body parser or other middleware asks for (http-errors' `status`), if a 4xx. */
function clientStatus(error: unknown): number | undefined {
  const status = typeof error === "object" && error !== null ? (error as { status?: unknown }).status : undefined;
  return typeof status === "number" && status >= 400 && status < 500 ? status : undefined;
}

const BODY_MESSAGES: Readonly<Record<string, string>> = {
  "entity.parse.failed": "The request body is not valid JSON.",
  "entity.too.large": "The request body is too large.",
  "encoding.unsupported": "The request body's encoding is not supported.",
  "charset.unsupported": "The request body's charset is not supported.",
};

export interface ErrorAnswer {
  status: number;
  code: string;
  message: string;
  retryAfter?: string;
}

/** How an error that escaped the request's handlers is answered, logged on the way. */
export function errorAnswer(logger: Logger, error: unknown, requestId: string | undefined, path: string): ErrorAnswer {
  if (isDatabaseUnavailable(error)) {
    logger.warn({ requestId, path }, "database unavailable");
    return { status: 503, code: "SERVICE_UNAVAILABLE", message: "The service is briefly unavailable; retry in a moment.", retryAfter: "1" };
  }
  const status = clientStatus(error);
  if (status !== undefined) {
    const type = typeof error === "object" && error !== null ? String((error as { type?: unknown }).type) : "";
    logger.warn({ requestId, path, status, type }, "refused a malformed request");
    return { status, code: status === 413 ? "PAYLOAD_TOO_LARGE" : "BAD_REQUEST", message: BODY_MESSAGES[type] ?? "The request is malformed." };
  }
  logger.error({ err: error, requestId, path }, "unexpected error");
  return { status: 500, code: "INTERNAL_SERVER_ERROR", message: "Internal server error" };
}

export function jsonErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    const answer = errorAnswer(logger, error, res.locals.requestId as string | undefined, req.path);
    if (answer.retryAfter) res.setHeader("Retry-After", answer.retryAfter);
    sendJsonError(res, answer.status, answer.code, answer.message);
  };
}

/** `jsonErrorHandler` for a request served without Express. */
export function writeJsonError(logger: Logger, res: ServerResponse, error: unknown, requestId: string, path: string): void {
  const answer = errorAnswer(logger, error, requestId, path);
  if (answer.retryAfter && !res.headersSent) res.setHeader("Retry-After", answer.retryAfter);
  writeJson(res, answer.status, jsonErrorBody(answer.code, answer.message));
}
