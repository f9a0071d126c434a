// Who may do what: the one home of the authorisation rules. Fields and types declare the scope they need
// (`authScopes: { editor: true }`); Pothos's scope-auth plugin checks it before the resolver runs, and a
// refusal comes out as the typed error below. The Mutation type needs `editor` for every field, so a new
// mutation is closed by default; administration adds `admin`, the change history needs `staff`.
import { AuthScopeFailureType, type AuthFailure, type ForbiddenResult } from "@pothos/plugin-scope-auth";
import type { Actor } from "../audit/audit.js";
import { AppError } from "../graphql/error-formatting.js";
import type { Context, Viewer } from "../platform/context.js";

/** The scopes a field or type can require. */
export interface AccessScopes {
  /** Signed-in staff of any role: the change history. */
  staff: boolean;
  /** Editors and administrators: every change to data. */
  editor: boolean;
  /** Administrators: users, roles, sessions and API keys. */
  admin: boolean;
}
type Scope = keyof AccessScopes;

const isStaff = (viewer: Viewer) => viewer.kind === "user";
const isEditor = (viewer: Viewer) => viewer.kind === "user" && (viewer.role === "EDITOR" || viewer.role === "ADMIN");
const isAdmin = (viewer: Viewer) => viewer.kind === "user" && viewer.role === "ADMIN";

/** What this request's viewer holds; scope-auth evaluates it once per request. */
export function accessScopes(ctx: Pick<Context, "viewer">): AccessScopes {
  return { staff: isStaff(ctx.viewer), editor: isEditor(ctx.viewer), admin: isAdmin(ctx.viewer) };
}

function editorRefusal(viewer: Viewer): AppError {
  if (viewer.kind === "anonymous") return new AppError("UNAUTHENTICATED", "Sign in as an editor to change data.");
  if (viewer.kind === "partner") return new AppError("FORBIDDEN", "API keys read published data only; they cannot change anything.");
  return new AppError("FORBIDDEN", `The ${viewer.role} role reads; it does not write.`);
}

/** Why the viewer lacks a scope: anonymous callers are asked to sign in, everyone else is forbidden. */
export function refusal(scope: Scope, viewer: Viewer): AppError {
  switch (scope) {
    case "staff":
      return new AppError(viewer.kind === "anonymous" ? "UNAUTHENTICATED" : "FORBIDDEN", "The change history is for signed-in staff.");
    case "editor":
      return editorRefusal(viewer);
    case "admin":
      return isEditor(viewer) ? new AppError("FORBIDDEN", "Only administrators manage users and API keys.") : editorRefusal(viewer);
  }
}

const isScope = (name: string): name is Scope => name === "staff" || name === "editor" || name === "admin";

/** The first single scope a failure names (the rules here only ever require one scope at a time). */
function failedScope(failure: AuthFailure): Scope | undefined {
  if (failure.kind === AuthScopeFailureType.AuthScope) return isScope(failure.scope) ? failure.scope : undefined;
  if (failure.kind === AuthScopeFailureType.AnyAuthScopes || failure.kind === AuthScopeFailureType.AllAuthScopes)
    return failure.failures.map(failedScope).find((s) => s !== undefined);
  return undefined;
}

/** scope-auth's `unauthorizedError`: the same typed error callers have always had. */
export function unauthorizedError(_parent: unknown, ctx: Pick<Context, "viewer">, _info: unknown, result: ForbiddenResult): AppError {
  const scope = failedScope(result.failure);
  return scope ? refusal(scope, ctx.viewer) : new AppError("FORBIDDEN", result.message);
}

/**
 * The signed-in user a write is recorded against (audit and history). It does not decide access: the
 * field's scope has already been checked, so a viewer who is not a user here is a field without a rule.
 */
export function actorOf(ctx: Pick<Context, "viewer" | "requestId">): Actor {
  if (ctx.viewer.kind !== "user") throw new Error("a write was reached without a signed-in user: its field declares no access scope");
  return { userId: ctx.viewer.userId, requestId: ctx.requestId };
}
