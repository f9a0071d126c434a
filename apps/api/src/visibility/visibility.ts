// Which records a caller may read — the published-only rule, in one place, in both forms the reads need:
// Prisma where-clauses (lists, relations, loading by global id), a check for single links Prisma cannot
// filter, and an SQL fragment for the hand-written statements (analyses, search).
// Anonymous and partner callers read published, undeleted records; signed-in staff read drafts too and
// may filter by editorial status.
import { Prisma, type Db, type EditorialStatus } from "@parley/db";

/** Whoever reads: only the kind of caller matters here. */
export interface Reader {
  viewer: { kind: "anonymous" | "partner" | "user" };
}

/** Drafts are visible to signed-in staff only; everyone else reads published records. */
export function canSeeDrafts(viewer: Reader["viewer"]): boolean {
  return viewer.kind === "user";
}

/** The rule as a where-clause fragment, with the caller's own status filter where staff may give one. */
export function editorial(reader: Reader, status: EditorialStatus | null | undefined): { deletedAt: null; status?: EditorialStatus } {
  if (!canSeeDrafts(reader.viewer)) return { deletedAt: null, status: "PUBLISHED" };
  return status ? { deletedAt: null, status } : { deletedAt: null };
}

/** A where-clause fragment for records with an editorial status (no status filter of the caller's own). */
export function visible(reader: Reader): ReturnType<typeof editorial> {
  return editorial(reader, null);
}

/** `node(id:)` / `nodes(ids:)`: the record with this id, if the caller may read it (else null, never an error). */
export function visibleById(id: string, reader: Reader): { id: string } & ReturnType<typeof editorial> {
  return { id, ...visible(reader) };
}

/**
 * A position or demand is read with its party and topic: one whose party or topic the caller may not read
 * (a draft party, a deleted topic) is hidden too, so its non-null links never reveal a hidden record.
 */
export function positionVisibility(reader: Reader, status?: EditorialStatus | null): Prisma.PositionWhereInput {
  return { ...editorial(reader, status), party: visible(reader), topic: visible(reader) };
}

/** The same for demands: the demanding party and the topic (a hidden target party is shown as null). */
export function demandVisibility(reader: Reader, status?: EditorialStatus | null): Prisma.DemandWhereInput {
  return { ...editorial(reader, status), fromParty: visible(reader), topic: visible(reader) };
}

/** A quote is read with its article (a non-null link, body included): a quote on a hidden article is hidden. */
export function evidenceVisibility(reader: Reader): Prisma.EvidenceWhereInput {
  return { ...visible(reader), article: visible(reader) };
}

/**
 * A delegation is read with its round and party (both non-null links): one whose round or party the caller
 * may not read is hidden too.
 */
export function delegationVisibility(reader: Reader): Prisma.DelegationWhereInput {
  return { ...visible(reader), round: visible(reader), party: visible(reader) };
}

/** The columns `visibleOrNull` reads; select them beside the client's selection of a single link. */
export const EDITORIAL_STATE = { select: { id: true, status: true, deletedAt: true } } as const;

/**
 * A single link (a round's process, a position's speaker…) as the caller may see it: Prisma cannot filter
 * a to-one relation, so the link is loaded with its editorial state and hidden here when not visible.
 */
export function visibleOrNull<T extends { status: EditorialStatus; deletedAt: Date | null }>(reader: Reader, record: T | null | undefined): T | null {
  if (!record) return null;
  const rule = visible(reader);
  if (record.deletedAt !== null) return null;
  return rule.status && record.status !== rule.status ? null : record;
}

/** What a single link to a quote loads besides the client's selection: its state and its article's. */
export const QUOTE_LINK = { select: { ...EDITORIAL_STATE.select, article: EDITORIAL_STATE } } as const;

/** A single link to a quote as the caller may see it: hidden with its own state or its article's. */
export function visibleQuoteOrNull<T extends { status: EditorialStatus; deletedAt: Date | null; article: { status: EditorialStatus; deletedAt: Date | null } }>(
  reader: Reader,
  quote: T | null | undefined,
): T | null {
  const visibleQuote = visibleOrNull(reader, quote);
  return visibleQuote && visibleOrNull(reader, visibleQuote.article) ? visibleQuote : null;
}

/**
 * The rule for hand-written SQL: the row under `alias` is visible to the caller (`a."deletedAt" IS NULL
 * AND (<staff> OR a.status = 'PUBLISHED')`, the staff flag a bound parameter).
 */
export function visibleSql(reader: Reader, alias: string): Prisma.Sql {
  if (!/^[a-z]+$/.test(alias)) throw new Error(`not a table alias: ${alias}`);
  const table = Prisma.raw(alias);
  return Prisma.sql`${table}."deletedAt" IS NULL AND (${canSeeDrafts(reader.viewer)} OR ${table}.status = 'PUBLISHED')`;
}

/** What a read service is given: the database and who reads (never the whole request context). */
export interface ReadScope extends Reader {
  db: Db;
}
