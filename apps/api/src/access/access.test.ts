import { AuthScopeFailureType, type AuthFailure, type ForbiddenResult } from "@pothos/plugin-scope-auth";
import { describe, expect, it } from "vitest";
import type { Viewer } from "../platform/context.js";
import { accessScopes, actorOf, refusal, unauthorizedError } from "./access.js";

const anonymous: Viewer = { kind: "anonymous" };
const partner: Viewer = { kind: "partner", keyId: "k1", scopes: ["read:published"] };
const analyst: Viewer = { kind: "user", userId: "u1", role: "ANALYST" };
const editor: Viewer = { kind: "user", userId: "u2", role: "EDITOR" };
const admin: Viewer = { kind: "user", userId: "u3", role: "ADMIN" };

const answer = (scope: "staff" | "editor" | "admin", viewer: Viewer) => {
  const error = refusal(scope, viewer);
  return [error.extensions.code, error.message];
};

describe("the access rules", () => {
  it("grant each role its scopes", () => {
    expect(accessScopes({ viewer: anonymous })).toEqual({ staff: false, editor: false, admin: false });
    expect(accessScopes({ viewer: partner })).toEqual({ staff: false, editor: false, admin: false });
    expect(accessScopes({ viewer: analyst })).toEqual({ staff: true, editor: false, admin: false });
    expect(accessScopes({ viewer: editor })).toEqual({ staff: true, editor: true, admin: false });
    expect(accessScopes({ viewer: admin })).toEqual({ staff: true, editor: true, admin: true });
  });

  it("ask anonymous callers to sign in and forbid everyone else, with the messages callers have always had", () => {
    expect(answer("editor", anonymous)).toEqual(["UNAUTHENTICATED", "Sign in as an editor to change data."]);
    expect(answer("editor", partner)).toEqual(["FORBIDDEN", "API keys read published data only; they cannot change anything."]);
    expect(answer("editor", analyst)).toEqual(["FORBIDDEN", "The ANALYST role reads; it does not write."]);
    expect(answer("staff", anonymous)).toEqual(["UNAUTHENTICATED", "The change history is for signed-in staff."]);
    expect(answer("staff", partner)).toEqual(["FORBIDDEN", "The change history is for signed-in staff."]);
    // Administration is refused as editing is, until the caller is an editor.
    expect(answer("admin", anonymous)).toEqual(["UNAUTHENTICATED", "Sign in as an editor to change data."]);
    expect(answer("admin", analyst)).toEqual(["FORBIDDEN", "The ANALYST role reads; it does not write."]);
    expect(answer("admin", editor)).toEqual(["FORBIDDEN", "Only administrators manage users and API keys."]);
  });

  it("turn scope-auth's failure into the refusal for the scope it names", () => {
    const adminFailure: AuthFailure = { kind: AuthScopeFailureType.AuthScope, scope: "admin", parameter: true, error: null };
    const single: ForbiddenResult = { message: "Not authorized", failure: adminFailure };
    expect(unauthorizedError(null, { viewer: editor }, null, single).message).toBe("Only administrators manage users and API keys.");
    const nested: ForbiddenResult = { message: "Not authorized", failure: { kind: AuthScopeFailureType.AnyAuthScopes, failures: [adminFailure] } };
    expect(unauthorizedError(null, { viewer: partner }, null, nested).extensions.code).toBe("FORBIDDEN");
    expect(unauthorizedError(null, { viewer: anonymous }, null, nested).extensions.code).toBe("UNAUTHENTICATED");
  });

  it("name the signed-in user behind a write, and refuse to invent one", () => {
    expect(actorOf({ viewer: editor, requestId: "r1" })).toEqual({ userId: "u2", requestId: "r1" });
    expect(() => actorOf({ viewer: partner, requestId: "r2" })).toThrow(/declares no access scope/);
  });
});
