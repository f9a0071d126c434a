// Every answer of the API is JSON in the GraphQL error shape, including the ones Express would make
// itself: an unknown path, a body that is not JSON, a database that is down while a key or session is
// checked. A client's mistake is logged as a warning without a stack; only our own faults as errors.
import type { ErrorRequestHandler, RequestHandler, Response } from "express";
import type { Logger } from "../logger.js";
import { isDatabaseUnavailable } from "./unavailable.js";

export function sendJsonError(res: Response, status: number, code: string, message: string): void {
  if (res.headersSent) return;
  res
    .status(status)
    .type("application/json")
    .json({ errors: [{ message, extensions: { code } }] });
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

export function jsonErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    const requestId = res.locals.requestId as string | undefined;
    if (isDatabaseUnavailable(error)) {
      logger.warn({ requestId, path: req.path }, "database unavailable");
      res.setHeader("Retry-After", "1");
      return sendJsonError(res, 503, "SERVICE_UNAVAILABLE", "The service is briefly unavailable; retry in a moment.");
    }
    const status = clientStatus(error);
    if (status !== undefined) {
      const type = typeof error === "object" && error !== null ? String((error as { type?: unknown }).type) : "";
      logger.warn({ requestId, path: req.path, status, type }, "refused a malformed request");
      return sendJsonError(res, status, status === 413 ? "PAYLOAD_TOO_LARGE" : "BAD_REQUEST", BODY_MESSAGES[type] ?? "The request is malformed.");
    }
    logger.error({ err: error, requestId, path: req.path }, "unexpected error");
    sendJsonError(res, 500, "INTERNAL_SERVER_ERROR", "Internal server error");
  };
}
