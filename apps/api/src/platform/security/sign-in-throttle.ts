// Failed sign-ins are limited per account and per client address (the address Express derives with the
// TRUST_PROXY setting, so a forged X-Forwarded-For is one more attempt from the same address). An attempt
// spends a point from both budgets before the password is checked, so parallel guesses cannot overtake the
// count; a successful sign-in gives the points back and clears the account's failures.
import type { RequestHandler } from "express";
import { Redis } from "ioredis";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { sendJsonError } from "../http/json-errors.js";

export interface SignInThrottleOptions {
  perAccount: number;
  perAddress: number;
  windowSeconds?: number;
  redisUrl?: string | undefined;
}

export interface SignInThrottle {
  middleware: RequestHandler;
  close(): Promise<void>;
}

export function createSignInThrottle(options: SignInThrottleOptions): SignInThrottle {
  const duration = options.windowSeconds ?? 15 * 60;
  const redis = options.redisUrl ? new Redis(options.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1 }) : undefined;
  const make = (points: number, keyPrefix: string): RateLimiterAbstract =>
    redis
      ? new RateLimiterRedis({ storeClient: redis, points, duration, keyPrefix, insuranceLimiter: new RateLimiterMemory({ points, duration }) })
      : new RateLimiterMemory({ points, duration, keyPrefix });
  const byAccount = make(options.perAccount, "parley:signin:account");
  const byAddress = make(options.perAddress, "parley:signin:ip");

  const middleware: RequestHandler = async (req, res, next) => {
    const email: unknown = typeof req.body === "object" && req.body !== null ? (req.body as Record<string, unknown>).email : undefined;
    const account = typeof email === "string" ? email.trim().toLowerCase() : undefined;
    const address = req.ip ?? "unknown";
    try {
      await byAddress.consume(address);
      if (account) await byAccount.consume(account);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) return next(rejection);
      res.setHeader("Retry-After", String(Math.ceil(rejection.msBeforeNext / 1000)));
      return sendJsonError(res, 429, "RATE_LIMITED", "Too many failed sign-ins for this account or from this address; wait before trying again.");
    }
    res.on("finish", () => {
      if (res.statusCode >= 300) return;
      void byAddress.reward(address, 1).catch(() => undefined);
      if (account) void byAccount.delete(account).catch(() => undefined);
    });
    next();
  };
  return { middleware, close: async () => void (await redis?.quit()) };
}
