// The API's configuration, validated once at start-up. Nothing else reads process.env.
import { z } from "zod";

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  HOST: z.string().default("127.0.0.1"),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** Origins allowed to call the API from a browser (comma-separated). */
  CORS_ORIGINS: z.string().default("http://localhost:3000,http://127.0.0.1:3000"),
  REDIS_URL: z.string().url().optional(),
  /** Signs session cookies. Required in production; development uses a fixed, public one. */
  PARLEY_AUTH_SECRET: z.string().min(32).optional(),
  /** Public base URL of the API (for auth callbacks and cookie scope). */
  PARLEY_PUBLIC_URL: z.string().url().optional(),
  /** First administrator, created on start when no administrator exists. */
  PARLEY_ADMIN_EMAIL: z.string().email().optional(),
  PARLEY_ADMIN_PASSWORD: z.string().min(12).optional(),
  /** Requests per minute for one partner key, and for one address without a key. */
  RATE_LIMIT_PER_KEY: z.coerce.number().int().positive().default(1200),
  RATE_LIMIT_PER_ADDRESS: z.coerce.number().int().positive().default(300),
  /**
   * Proxies whose X-Forwarded-For is believed (comma-separated addresses, subnets, or Express's names
   * `loopback`, `linklocal`, `uniquelocal`). Unset: none, the client address is the socket's peer, so a
   * forged header buys no extra requests. "true" (believe anyone) is refused.
   */
  TRUST_PROXY: z
    .string()
    .optional()
    .transform((v) =>
      v === undefined || v === "false" || v === "0"
        ? false
        : v
            .split(",")
            .map((p) => p.trim())
            .filter(Boolean),
    )
    .refine((v) => v === false || !v.includes("true"), {
      message: "name the proxies (addresses or subnets); trusting every sender lets anyone forge client addresses",
    }),
  /** Failed sign-ins allowed per account and per address in 15 minutes (a success clears an account's count). */
  SIGN_IN_LIMIT_PER_ACCOUNT: z.coerce.number().int().positive().default(10),
  SIGN_IN_LIMIT_PER_ADDRESS: z.coerce.number().int().positive().default(30),
  /** Set by CI services: `generate` then checks the committed schema.graphql instead of rewriting it. */
  CI: z
    .string()
    .optional()
    .transform((v) => v !== undefined && v !== "false" && v !== "0"),
  /**
   * Keep the data version in memory from PostgreSQL notifications (a server only). "off" reads it on every
   * request: for a pooler that cannot hold a LISTEN (PgBouncer in transaction mode), and for comparisons.
   */
  DATA_VERSION_LISTEN: z
    .enum(["on", "off"])
    .default("on")
    .transform((v) => v === "on"),
  /** Memory for the published-read response cache, in megabytes (0: off). */
  RESPONSE_CACHE_MB: z.coerce.number().int().min(0).max(4096).default(64),
});

export type ApiEnv = z.infer<typeof schema>;

export function readEnv(source: Record<string, string | undefined>): ApiEnv {
  const parsed = schema
    .refine((e) => e.NODE_ENV !== "production" || e.PARLEY_AUTH_SECRET, { message: "is required in production", path: ["PARLEY_AUTH_SECRET"] })
    .safeParse(Object.fromEntries(Object.entries(source).filter(([, v]) => v !== "")));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Invalid configuration: ${issue?.path.join(".")}: ${issue?.message}`);
  }
  return parsed.data;
}

// eslint-disable-next-line no-restricted-properties
export const env: ApiEnv = readEnv(process.env);

/**
 * Whether anonymous callers may introspect the schema. Only in development, where the landing page
 * (Apollo Sandbox) introspects without a key; production and test keep introspection for authenticated
 * callers.
 */
export const anonymousIntrospection = (e: Pick<ApiEnv, "NODE_ENV">): boolean => e.NODE_ENV === "development";
