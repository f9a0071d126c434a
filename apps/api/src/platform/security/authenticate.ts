// Works out who is calling: a partner presents `x-api-key`; staff carry a session cookie from the
// dashboard's sign-in. A wrong or revoked key is refused outright (401) rather than downgraded.
// A browser attaches the cookie to requests other sites start, so a request carrying it from an origin
// that is neither the API's own nor in CORS_ORIGINS is refused (403); server-side callers send no Origin.
import type { RequestHandler } from "express";
import { fromNodeHeaders } from "better-auth/node";
import type { Db, Role } from "@parley/db";
import type { Auth } from "../auth/auth.js";
import type { Viewer } from "../context.js";
import { cachedKeyVerifier } from "./api-keys.js";
import { jsonErrorBody } from "../http/json-errors.js";
import { env } from "../config/env.js";
import { requestDataVersion, type KnownDataVersion, type RequestDataVersion } from "../../data-version/data-version.js";

const ROLES: readonly Role[] = ["ADMIN", "EDITOR", "ANALYST"];
const TRUSTED_ORIGINS = new Set([
  ...env.CORS_ORIGINS.split(",").map((o) => o.trim()),
  ...(env.PARLEY_PUBLIC_URL ? [new URL(env.PARLEY_PUBLIC_URL).origin] : []),
]);

/** The 401 answer to a key that is not (or no longer) valid. */
export const INVALID_KEY = jsonErrorBody("UNAUTHENTICATED", "The API key is not valid (unknown, revoked or expired).");

function originAllowed(origin: string | undefined, ownOrigin: string): boolean {
  return origin === undefined || origin === ownOrigin || TRUSTED_ORIGINS.has(origin);
}

export interface Authenticator {
  /** One data version per request (from memory, or one read), shared by the key check, the response cache and counts. */
  dataVersion(): RequestDataVersion;
  /** The partner behind a presented key (as sent, untrimmed), or null when the key is not valid. */
  partner(presented: string, dataVersion: RequestDataVersion): Promise<Extract<Viewer, { kind: "partner" }> | null>;
  /** Express middleware: sets `res.locals.viewer` and `res.locals.dataVersion`, or answers 401/403. */
  middleware: RequestHandler;
}

/** `known`: the data version held in memory (a live listener), read from the table when it cannot vouch for it. */
export function createAuthenticator(db: Db, auth: Auth, known?: KnownDataVersion): Authenticator {
  const verifyApiKey = cachedKeyVerifier(db);
  const dataVersion = (): RequestDataVersion => requestDataVersion(db, known);
  const partner: Authenticator["partner"] = async (presented, version) => {
    const key = await verifyApiKey(presented.trim(), await version());
    return key ? { kind: "partner", keyId: key.id, scopes: key.scopes } : null;
  };
  const middleware: RequestHandler = async (req, res, next) => {
    try {
      const version = dataVersion();
      res.locals.dataVersion = version;
      const presented = req.header("x-api-key");
      let viewer: Viewer = { kind: "anonymous" };
      if (presented !== undefined) {
        const key = await partner(presented, version);
        if (!key) {
          res.status(401).json(INVALID_KEY);
          return;
        }
        viewer = key;
        res.locals.apiKeyId = key.keyId;
      } else if (req.headers.cookie?.includes("better-auth.session_token")) {
        if (!originAllowed(req.header("origin"), `${req.protocol}://${req.get("host") ?? ""}`)) {
          res.status(403).json(jsonErrorBody("FORBIDDEN", "Requests with a session cookie are accepted from the dashboard's origin only."));
          return;
        }
        const session = await auth.api.getSession({ headers: fromNodeHeaders(req.headers) });
        const role = session?.user && (session.user as { role?: string }).role;
        const user = session ? await db.user.findUnique({ where: { id: session.user.id }, select: { disabledAt: true } }) : null;
        if (session && user && !user.disabledAt && ROLES.includes(role as Role)) {
          viewer = { kind: "user", userId: session.user.id, role: role as Role };
        }
      }
      res.locals.viewer = viewer;
      next();
    } catch (error) {
      next(error);
    }
  };
  return { dataVersion, partner, middleware };
}
