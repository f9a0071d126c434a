// Per-key and per-address rate limits with the standard RateLimit-* headers. Redis when REDIS_URL is
// set (shared across API instances), memory otherwise.
import type { RequestHandler } from "express";
import { Redis } from "ioredis";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { jsonErrorBody } from "../http/json-errors.js";

export interface RateLimitOptions {
  /** Requests per window for a partner key or a signed-in user. */
  perKey: number;
  /** Requests per window for one client address without a key. */
  perAddress: number;
  windowSeconds: number;
  redisUrl?: string | undefined;
}

/** What the limiter decided for one request: the RateLimit-* headers to send, and whether to refuse it. */
export interface RateDecision {
  headers: [string, string][];
  /** Seconds to wait (the Retry-After header) when the request is refused. */
  retryAfter?: string;
}

/** The 429 answer. */
export const RATE_LIMITED = jsonErrorBody("RATE_LIMITED", "Too many requests: slow down and retry after the time in Retry-After.");

export interface RateLimiter {
  /**
   * Counts one request: against `subject`'s budget (a verified key or a signed-in user) when there is one,
   * else against the client address's (shared by anonymous callers). Rejects only when the store fails.
   */
  take(subject: string | undefined, address: string): Promise<RateDecision>;
  /** Express middleware (after authentication): sets the headers, answers 429 when refused. */
  middleware: RequestHandler;
  close(): Promise<void>;
}

export function createRateLimiter(options: RateLimitOptions): RateLimiter {
  const redis = options.redisUrl ? new Redis(options.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false }) : undefined;
  const make = (points: number, keyPrefix: string): RateLimiterAbstract =>
    redis
      ? new RateLimiterRedis({
          storeClient: redis,
          points,
          duration: options.windowSeconds,
          keyPrefix,
          insuranceLimiter: new RateLimiterMemory({ points, duration: options.windowSeconds }),
        })
      : new RateLimiterMemory({ points, duration: options.windowSeconds, keyPrefix });
  const byKey = make(options.perKey, "parley:rl:key");
  const byAddress = make(options.perAddress, "parley:rl:ip");
  const headers = (r: RateLimiterRes, limit: number): [string, string][] => [
    ["RateLimit-Limit", String(limit)],
    ["RateLimit-Remaining", String(Math.max(0, r.remainingPoints))],
    ["RateLimit-Reset", String(Math.ceil(r.msBeforeNext / 1000))],
    ["RateLimit-Policy", `${limit};w=${options.windowSeconds}`],
  ];

  const take: RateLimiter["take"] = async (subject, address) => {
    const [limiter, key, limit] = subject ? [byKey, subject, options.perKey] : [byAddress, address, options.perAddress];
    try {
      return { headers: headers(await limiter.consume(key), limit) };
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      return { headers: headers(rejection, limit), retryAfter: String(Math.ceil(rejection.msBeforeNext / 1000)) };
    }
  };

  const middleware: RequestHandler = async (req, res, next) => {
    const viewer = res.locals.viewer as { kind: string; keyId?: string; userId?: string } | undefined;
    let decision: RateDecision;
    try {
      decision = await take(viewer?.keyId ?? viewer?.userId, req.ip ?? "unknown");
    } catch (error) {
      return next(error);
    }
    for (const [name, value] of decision.headers) res.setHeader(name, value);
    if (decision.retryAfter === undefined) return next();
    res.setHeader("Retry-After", decision.retryAfter);
    res.status(429).json(RATE_LIMITED);
  };
  return { take, middleware, close: async () => void (await redis?.quit()) };
}
