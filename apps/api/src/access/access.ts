// Who may write: the one place the rule is applied to GraphQL. Editors and administrators only.
import type { Context } from "../platform/context.js";
import { AppError } from "../graphql/error-formatting.js";
import type { Actor } from "../audit/audit.js";

export function requireEditor(ctx: Context): Actor {
  if (ctx.viewer.kind === "anonymous") throw new AppError("UNAUTHENTICATED", "Sign in as an editor to change data.");
  if (ctx.viewer.kind === "partner") throw new AppError("FORBIDDEN", "API keys read published data only; they cannot change anything.");
  if (ctx.viewer.role !== "EDITOR" && ctx.viewer.role !== "ADMIN") throw new AppError("FORBIDDEN", `The ${ctx.viewer.role} role reads; it does not write.`);
  return { userId: ctx.viewer.userId, requestId: ctx.requestId };
}

export function requireStaff(ctx: Context): void {
  if (ctx.viewer.kind !== "user")
    throw new AppError(ctx.viewer.kind === "anonymous" ? "UNAUTHENTICATED" : "FORBIDDEN", "The change history is for signed-in staff.");
}

export function requireAdmin(ctx: Context): Actor {
  const actor = requireEditor(ctx);
  if (ctx.viewer.kind !== "user" || ctx.viewer.role !== "ADMIN") throw new AppError("FORBIDDEN", "Only administrators manage users and API keys.");
  return actor;
}
