// Works out who is calling. A partner presents `x-api-key`; a wrong or revoked key is refused outright
// (401) rather than silently downgraded to anonymous. Signed-in staff arrive with the editing issue.
import type { RequestHandler } from "express";
import type { Db } from "@parley/db";
import type { Viewer } from "../context.js";
import { verifyApiKey } from "./api-keys.js";

export function authenticate(db: Db): RequestHandler {
  return async (req, res, next) => {
    const presented = req.header("x-api-key");
    let viewer: Viewer = { kind: "anonymous" };
    if (presented !== undefined) {
      const key = await verifyApiKey(db, presented.trim()).catch(next);
      if (key === undefined) return;
      if (!key) {
        res.status(401).json({ errors: [{ message: "The API key is not valid (unknown, revoked or expired).", extensions: { code: "UNAUTHENTICATED" } }] });
        return;
      }
      viewer = { kind: "partner", keyId: key.id };
      res.locals.apiKeyId = key.id;
    }
    res.locals.viewer = viewer;
    next();
  };
}
