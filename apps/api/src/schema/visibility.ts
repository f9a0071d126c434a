// Which records a caller may read: the published-only rule, applied to every read.
import type { Context } from "../context.js";
import { editorial } from "../services/filters.js";

/** A where-clause fragment for records with an editorial status (no status filter of the caller's own). */
export function visible(ctx: Context): ReturnType<typeof editorial> {
  return editorial(ctx, null);
}
