// Which records a caller may read: the single place the published-only rule lives.
import { canSeeDrafts, type Context } from "../context.js";

/** A where-clause fragment for records with an editorial status. */
export function visible(ctx: Context): { deletedAt: null; status?: "PUBLISHED" } {
  return canSeeDrafts(ctx.viewer) ? { deletedAt: null } : { deletedAt: null, status: "PUBLISHED" };
}
