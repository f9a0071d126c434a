// Sign-in for the dashboard: better-auth with email and password (scrypt, memory-hard), sessions in an
// httpOnly, SameSite=Lax cookie, stored in our database. Accounts are created by administrators only.
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { createPrismaClient, type Db } from "@parley/db";
import { env } from "../config/env.js";
import { logger } from "../logger.js";

const DEV_SECRET = "parley-development-secret-not-for-production-use";

/** The client sign-in uses: it reads password hashes, which the application's client never returns. */
export function createAuthClient(databaseUrl: string): Db {
  return createPrismaClient(databaseUrl, { poolSize: 2, readSecrets: true });
}

export function createAuth(db: Db) {
  return betterAuth({
    appName: "Parley",
    baseURL: env.PARLEY_PUBLIC_URL ?? `http://${env.HOST}:${env.PORT}`,
    basePath: "/api/auth",
    secret: env.PARLEY_AUTH_SECRET ?? DEV_SECRET,
    trustedOrigins: env.CORS_ORIGINS.split(",").map((o) => o.trim()),
    database: prismaAdapter(db, { provider: "postgresql" }),
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 12, maxPasswordLength: 256 },
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
    user: { additionalFields: { role: { type: "string", required: false, input: false, defaultValue: "ANALYST" } } },
    advanced: { defaultCookieAttributes: { httpOnly: true, sameSite: "lax", secure: env.NODE_ENV === "production" } },
    telemetry: { enabled: false },
    // Sign-in is throttled in front of better-auth (security/sign-in-throttle.ts) by account and by the
    // address Express derives under TRUST_PROXY; the built-in limiter would trust X-Forwarded-For from anyone.
    rateLimit: { enabled: false },
    // Into our JSON logs, message only: its errors carry stacks of causes the API reports itself (503s).
    logger: { level: "warn", log: (level, message) => logger[level]({ source: "better-auth" }, message) },
  });
}

export type Auth = ReturnType<typeof createAuth>;
