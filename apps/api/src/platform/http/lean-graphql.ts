// The hot path of a published read: `POST /graphql` from a partner (an API key) or an anonymous reader, with a
// plain JSON body, served from Node's request without Express. Express's router, body parser (type-is, content-type, raw-body, iconv) and
// response helpers are a fixed cost on every request, which on small reads is a large part of the total.
// The steps are Express's, in its order, through the same modules: request id and log, key check, rate
// limit, body, Apollo. Whatever does not fit the narrow shape below (a session cookie, no key, another
// content type, a compressed, chunked or oversized body, another path or method, an anonymous reader behind a
// trusted proxy, whose address Express works out from X-Forwarded-For) is left to Express, which
// serves it as before. lean-graphql.integration-test.ts compares both paths' answers.
// One difference, on purpose: no ETag. Express computes one (a SHA-1 of the body) for every answer, but
// only answers 304 to GET and HEAD, so on a POST it is never used.
import type { IncomingMessage, ServerResponse } from "node:http";
import { HeaderMap, type ApolloServer } from "@apollo/server";
import type { Context, Viewer } from "../context.js";
import type { Logger } from "../logger.js";
import type { Authenticator } from "../security/authenticate.js";
import { INVALID_KEY } from "../security/authenticate.js";
import { RATE_LIMITED, type RateLimiter } from "../security/rate-limit.js";
import type { RequestDataVersion } from "../../data-version/data-version.js";
import { writeJson, writeJsonError } from "./json-errors.js";
import { requestIdOf, tagAndLog } from "./request-log.js";

/** The body limit of `express.json` on /graphql (server.ts): the longest article body fits. */
export const GRAPHQL_BODY_LIMIT = 4 * 1024 * 1024;
const PATH = "/graphql";
/** Content types whose charset needs no look-up: JSON in UTF-8 (the default of application/json). */
const PLAIN_JSON = new Set(["application/json", "application/json; charset=utf-8"]);
const DECIMAL = /^\d{1,8}$/;

/**
 * Whether a request has the one shape the lean path serves; anything else goes to Express. Anonymous readers
 * only when no proxy is trusted: their rate limit is their address's, which is then the socket's peer.
 */
export function takesLeanPath(req: IncomingMessage, anonymousToo: boolean): boolean {
  if (req.method !== "POST" || req.url !== PATH) return false;
  const { headers } = req;
  const caller = typeof headers["x-api-key"] === "string" || (anonymousToo && headers["x-api-key"] === undefined && headers.cookie === undefined);
  if (!caller || headers["content-encoding"] !== undefined || headers["transfer-encoding"] !== undefined) return false;
  const type = headers["content-type"];
  const length = headers["content-length"];
  return type !== undefined && PLAIN_JSON.has(type.toLowerCase()) && length !== undefined && DECIMAL.test(length) && Number(length) <= GRAPHQL_BODY_LIMIT;
}

/** A body the JSON parser refuses, as body-parser reports it (json-errors.ts answers it). */
class BodyError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
  ) {
    super(type);
  }
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(chunks.length === 1 && chunks[0] ? chunks[0] : Buffer.concat(chunks)));
    req.on("aborted", () => reject(new BodyError(400, "request.aborted")));
    req.on("error", () => reject(new BodyError(400, "request.aborted")));
  });
}

/** `express.json()`'s parse: an empty body is `{}`, anything else must be a JSON object or array (strict). */
export function parseJsonBody(raw: Buffer): unknown {
  // iconv (body-parser's decoder) drops a byte-order mark; Buffer#toString keeps it.
  const text = raw.length >= 3 && raw[0] === 0xef && raw[1] === 0xbb && raw[2] === 0xbf ? raw.toString("utf8", 3) : raw.toString("utf8");
  if (text.length === 0) return {};
  const first = /^[ \t\n\r]*(.)/s.exec(text)?.[1];
  if (first !== "{" && first !== "[") throw new BodyError(400, "entity.parse.failed");
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new BodyError(400, "entity.parse.failed");
  }
}

function apolloHeaders(req: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
  }
  return headers;
}

export interface LeanGraphQLOptions {
  apollo: ApolloServer<Context>;
  authenticator: Authenticator;
  limiter: RateLimiter;
  logger: Logger;
  context: (viewer: Viewer, requestId: string, dataVersion: RequestDataVersion) => Context;
}

export function leanGraphQL({
  apollo,
  authenticator,
  limiter,
  logger,
  context,
}: LeanGraphQLOptions): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  return async (req, res) => {
    const requestId = requestIdOf(req.headers["x-request-id"]);
    tagAndLog(logger, res, requestId, req.method, () => PATH);
    try {
      const dataVersion = authenticator.dataVersion();
      const presented = req.headers["x-api-key"];
      const viewer: Viewer | null = typeof presented === "string" ? await authenticator.partner(presented, dataVersion) : { kind: "anonymous" };
      if (!viewer) return writeJson(res, 401, INVALID_KEY);
      const decision = await limiter.take(viewer.kind === "partner" ? viewer.keyId : undefined, req.socket.remoteAddress ?? "unknown");
      for (const [name, value] of decision.headers) res.setHeader(name, value);
      if (decision.retryAfter !== undefined) {
        res.setHeader("Retry-After", decision.retryAfter);
        return writeJson(res, 429, RATE_LIMITED);
      }
      const body = parseJsonBody(await readBody(req));
      const answer = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: "POST", headers: apolloHeaders(req), search: "", body },
        context: async () => context(viewer, requestId, dataVersion),
      });
      for (const [name, value] of answer.headers) res.setHeader(name, value);
      res.statusCode = answer.status ?? 200;
      if (answer.body.kind === "complete") {
        // As Express's res.send: a string answer without a type is HTML, and the length is its UTF-8 size.
        if (!res.hasHeader("content-type")) res.setHeader("Content-Type", "text/html; charset=utf-8");
        res.setHeader("Content-Length", Buffer.byteLength(answer.body.string));
        res.end(answer.body.string);
        return;
      }
      for await (const chunk of answer.body.asyncIterator) res.write(chunk);
      res.end();
    } catch (error) {
      writeJsonError(logger, res, error, requestId, PATH);
    }
  };
}
