// A cursor names a record by id. One from another list (a position's cursor on `rounds`) would make
// Prisma return an empty page without a word; each top-level list checks that its cursor is one of its own.
import { editorial } from "../visibility/visibility.js";
import type { Context } from "../platform/context.js";
import { AppError } from "./error-formatting.js";
import { cursorId } from "../platform/security/arguments.js";

export type CursorModel =
  "article" | "outlet" | "evidence" | "party" | "person" | "negotiationProcess" | "round" | "topic" | "proposal" | "position" | "demand" | "event";

async function exists(ctx: Context, model: CursorModel, id: string): Promise<boolean> {
  const where = { id, ...editorial(ctx, null) };
  switch (model) {
    case "article":
      return (await ctx.db.article.count({ where })) > 0;
    case "outlet":
      return (await ctx.db.outlet.count({ where })) > 0;
    case "evidence":
      return (await ctx.db.evidence.count({ where })) > 0;
    case "party":
      return (await ctx.db.party.count({ where })) > 0;
    case "person":
      return (await ctx.db.person.count({ where })) > 0;
    case "negotiationProcess":
      return (await ctx.db.negotiationProcess.count({ where })) > 0;
    case "round":
      return (await ctx.db.round.count({ where })) > 0;
    case "topic":
      return (await ctx.db.topic.count({ where })) > 0;
    case "proposal":
      return (await ctx.db.proposal.count({ where })) > 0;
    case "position":
      return (await ctx.db.position.count({ where })) > 0;
    case "demand":
      return (await ctx.db.demand.count({ where })) > 0;
    case "event":
      return (await ctx.db.event.count({ where })) > 0;
  }
}

/** Throws BAD_USER_INPUT naming `after`/`before` when the cursor is not a readable record of this list's type. */
export async function assertOwnCursor(ctx: Context, model: CursorModel, args: { after?: string | null; before?: string | null }): Promise<void> {
  for (const argument of ["after", "before"] as const) {
    const cursor = args[argument];
    if (!cursor) continue;
    const id = cursorId(cursor);
    if (!id || !(await exists(ctx, model, id))) {
      throw new AppError("BAD_USER_INPUT", `\`${argument}\` is a cursor from another list (or of a record no longer readable).`, { argument });
    }
  }
}
