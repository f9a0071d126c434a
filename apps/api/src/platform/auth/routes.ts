// The sign-in library's endpoints the dashboard uses, and no others: signing in with email and password,
// signing out, reading the session. Everything else better-auth offers (update-user, change-email,
// list-sessions with their tokens, …) answers 404, so no account changes outside the audited
// administration mutations.
import express, { Router } from "express";
import { toNodeHandler } from "better-auth/node";
import type { Auth } from "./auth.js";
import { jsonNotFound } from "../http/json-errors.js";
import type { SignInThrottle } from "../security/sign-in-throttle.js";

export const AUTH_BASE_PATH = "/api/auth";

export function authRoutes(auth: Auth, throttle: SignInThrottle): Router {
  const handler = toNodeHandler(auth);
  const router = Router();
  // The throttle reads the account from the body; better-auth then reads the parsed body, not the stream.
  router.post("/sign-in/email", express.json({ limit: "16kb" }), throttle.middleware, handler);
  router.post("/sign-out", handler);
  router.get("/get-session", handler);
  router.all("/{*rest}", jsonNotFound);
  return router;
}
