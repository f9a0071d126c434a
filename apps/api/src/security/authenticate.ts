// Works out who is calling: a partner presents `x-api-key`; staff carry a session cookie from the
// dashboard's sign-in. A wrong or revoked key is refused outright (401) rather than downgraded.
import type { RequestHandler } from "express";
import { fromNodeHeaders } from "better-auth/node";
import type { Db, Role } from "@parley/db";
import type { Auth } from "../auth/auth.js";
import type { Viewer } from "../context.js";
import { verifyApiKey } from "./api-keys.js";

const ROLES: readonly Role[] = ["ADMIN", "EDITOR", "ANALYST"];

export function authenticate(db: Db, auth: Auth): RequestHandler {
  return async (req, res, next) => {
    try {
      const presented = req.header("x-api-key");
      let viewer: Viewer = { kind: "anonymous" };
      if (presented !== undefined) {
        const key = await verifyApiKey(db, presented.trim());
        if (!key) {
          res.status(401).json({ errors: [{ message: "The API key is not valid (unknown, revoked or expired).", extensions: { code: "UNAUTHENTICATED" } }] });
          return;
        }
        viewer = { kind: "partner", keyId: key.id };
        res.locals.apiKeyId = key.id;
      } else if (req.headers.cookie?.includes("better-auth.session_token")) {
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
}
