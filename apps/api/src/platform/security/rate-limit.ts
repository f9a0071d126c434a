// Per-key and per-address rate limits with the standard RateLimit-* headers. Redis when REDIS_URL is
// set (shared across API instances), memory otherwise.
import type { RequestHandler } from "express";
import { Redis } from "ioredis";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";

export interface RateLimitOptions {
  /** Requests per window for a partner key or a signed-in user. */
  perKey: number;
  /** Requests per window for one client address without a key. */
  perAddress: number;
  windowSeconds: number;
  redisUrl?: string | undefined;
}

export interface RateLimiter {
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

  const middleware: RequestHandler = async (req, res, next) => {
    // Runs after authentication: a verified key or a signed-in user has its own budget; anonymous callers
    // share their address's.
    const viewer = res.locals.viewer as { kind: string; keyId?: string; userId?: string } | undefined;
    const subject = viewer?.keyId ?? viewer?.userId;
    const [limiter, key, limit] = subject ? [byKey, subject, options.perKey] : [byAddress, req.ip ?? "unknown", options.perAddress];
    const set = (r: RateLimiterRes) => {
      res.setHeader("RateLimit-Limit", String(limit));
      res.setHeader("RateLimit-Remaining", String(Math.max(0, r.remainingPoints)));
      res.setHeader("RateLimit-Reset", String(Math.ceil(r.msBeforeNext / 1000)));
      res.setHeader("RateLimit-Policy", `${limit};w=${options.windowSeconds}`);
    };
    try {
      set(await limiter.consume(key));
      next();
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) return next(rejection);
      set(rejection);
      res.setHeader("Retry-After", String(Math.ceil(rejection.msBeforeNext / 1000)));
      res
        .status(429)
        .json({ errors: [{ message: "Too many requests: slow down and retry after the time in Retry-After.", extensions: { code: "RATE_LIMITED" } }] });
    }
  };
  return { middleware, close: async () => void (await redis?.quit()) };
}
