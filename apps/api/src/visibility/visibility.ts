// Which records a caller may read: the published-only rule, applied to every read — lists, relations,
// single links and loading by global id.
import type { EditorialStatus } from "@parley/db";
import type { Context } from "../context.js";
import { editorial } from "../filters/list-filters.js";

/** A where-clause fragment for records with an editorial status (no status filter of the caller's own). */
export function visible(ctx: Context): ReturnType<typeof editorial> {
  return editorial(ctx, null);
}

/** `node(id:)` / `nodes(ids:)`: the record with this id, if the caller may read it (else null, never an error). */
export function visibleById(id: string, ctx: Context): { id: string } & ReturnType<typeof editorial> {
  return { id, ...visible(ctx) };
}

/** The columns `visibleOrNull` reads; select them beside the client's selection of a single link. */
export const EDITORIAL_STATE = { select: { id: true, status: true, deletedAt: true } } as const;

/**
 * A single link (a round's process, a position's speaker…) as the caller may see it: Prisma cannot filter
 * a to-one relation, so the link is loaded with its editorial state and hidden here when not visible.
 */
export function visibleOrNull<T extends { status: EditorialStatus; deletedAt: Date | null }>(ctx: Context, record: T | null | undefined): T | null {
  if (!record) return null;
  const rule = visible(ctx);
  if (record.deletedAt !== null) return null;
  return rule.status && record.status !== rule.status ? null : record;
}

/** What a single link to a quote loads besides the client's selection: its state and its article's. */
export const QUOTE_LINK = { select: { ...EDITORIAL_STATE.select, article: EDITORIAL_STATE } } as const;

/** A single link to a quote as the caller may see it: hidden with its own state or its article's. */
export function visibleQuoteOrNull<T extends { status: EditorialStatus; deletedAt: Date | null; article: { status: EditorialStatus; deletedAt: Date | null } }>(
  ctx: Context,
  quote: T | null | undefined,
): T | null {
  const visibleQuote = visibleOrNull(ctx, quote);
  return visibleQuote && visibleOrNull(ctx, visibleQuote.article) ? visibleQuote : null;
}
