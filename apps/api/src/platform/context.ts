import type { Db, Role } from "@parley/db";
import type { Auth } from "./auth/auth.js";
import type { ApiKeyScope } from "./security/api-keys.js";
import type { RequestDataVersion } from "../data-version/data-version.js";

/** Who is asking: an anonymous reader, a partner app with a key, or signed-in staff with a role. */
export type Viewer = { kind: "anonymous" } | { kind: "partner"; keyId: string; scopes: readonly ApiKeyScope[] } | { kind: "user"; userId: string; role: Role };

export interface Context {
  db: Db;
  /** Sign-in (better-auth): administration creates accounts with hashed passwords through it. */
  auth: Auth;
  viewer: Viewer;
  requestId: string;
  /** The data version this request reads at (read once, on first use). */
  dataVersion: RequestDataVersion;
}

/** Drafts are visible to signed-in staff only (the rule's home: visibility/visibility.ts). */
export { canSeeDrafts } from "../visibility/visibility.js";
