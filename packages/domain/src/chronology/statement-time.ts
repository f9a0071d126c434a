/**
 * When a statement was made, as far as its source says — and no further. A DAY is a day; a MONTH or a
 * YEAR is a span of days, any of which may be the one; UNKNOWN places the statement nowhere in time.
 * Lists, timelines, movement chains, comparisons, diffs and sticking points all order and pick
 * statements through these functions, so an undated or partial date means the same thing everywhere.
 */
import { latestDayOf, type PartialDate } from "../dates/partial-date.js";

/** The first and last day a dated statement may have been made on; null when it is undated. */
export interface DaySpan {
  first: Date;
  last: Date;
}

export function spanOf(date: PartialDate): DaySpan | null {
  const last = latestDayOf(date);
  if (date.on == null || last == null) return null;
  return { first: date.on, last };
}

/** Anything that was stated at a (partial) date; `id` breaks ties so that orders are stable. */
export interface Stated {
  id: string;
  stated: PartialDate;
}

/** What the time order compares: the span (null when undated) and the id. */
interface TimeKey {
  span: DaySpan | null;
  id: string;
}

const timeKey = (s: Stated): TimeKey => ({ span: spanOf(s.stated), id: s.id });

function compareKeys(a: TimeKey, b: TimeKey): number {
  const [sa, sb] = [a.span, b.span];
  if (sa && !sb) return -1;
  if (!sa && sb) return 1;
  if (sa && sb) {
    const byFirst = sa.first.getTime() - sb.first.getTime();
    if (byFirst !== 0) return byFirst;
    const byLast = sa.last.getTime() - sb.last.getTime();
    if (byLast !== 0) return byLast;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Time order for statements: dated ones by the first day they may mean, then by the last (a day in
 * June before "June", "June" before "2023"), then by id; undated ones after every dated one, by id.
 * An undated statement thus never precedes a dated one.
 */
export function compareStatements(a: Stated, b: Stated): number {
  return compareKeys(timeKey(a), timeKey(b));
}

/** Items in the time order of their statements (compareStatements), each item's span computed once. */
export function orderByStatement<T>(items: readonly T[], statement: (item: T) => Stated): T[] {
  const keyed = items.map((item) => ({ item, key: timeKey(statement(item)) }));
  keyed.sort((a, b) => compareKeys(a.key, b.key));
  return keyed.map((k) => k.item);
}

export function orderStatements<T extends Stated>(statements: readonly T[]): T[] {
  return orderByStatement(statements, (s) => s);
}

/**
 * Where a statement stands relative to a day of comparison:
 * - BEFORE: certainly made by that day (its last possible day is on or before it);
 * - AFTER: certainly made later;
 * - SPANS: its month or year contains the day, so the source does not say which side it falls on;
 * - UNDATED: the source gives no date.
 */
export type PlacementAtDay = "BEFORE" | "AFTER" | "SPANS" | "UNDATED";

export function placeAtDay(date: PartialDate, day: Date): PlacementAtDay {
  const span = spanOf(date);
  if (!span) return "UNDATED";
  if (span.last.getTime() <= day.getTime()) return "BEFORE";
  if (span.first.getTime() > day.getTime()) return "AFTER";
  return "SPANS";
}

export interface InForce<T> {
  /** The latest statement certainly made by the day, or null when there is none. */
  inForce: T | null;
  /**
   * Statements that may or may not have been made by the day (a month or year containing it, made after
   * the one in force). They are reported, not silently counted as in force.
   */
  undecided: T[];
  /** Undated statements: never in force at any point of a comparison, listed so that nothing is lost. */
  undated: T[];
}

/** One party's statements on one topic, as they stood on a day. */
export function inForceAt<T extends Stated>(chain: readonly T[], day: Date): InForce<T> {
  let inForce: T | null = null;
  const undated: T[] = [];
  const spanning: T[] = [];
  for (const s of orderStatements(chain)) {
    const placement = placeAtDay(s.stated, day);
    if (placement === "BEFORE") inForce = s;
    else if (placement === "SPANS") spanning.push(s);
    else if (placement === "UNDATED") undated.push(s);
  }
  const undecided = inForce ? spanning.filter((s) => compareStatements(s, inForce) > 0) : spanning;
  return { inForce, undecided, undated };
}

/** The latest dated statement of a chain (undated ones never count as the current one). */
export function latestDated<T extends Stated>(chain: readonly T[]): T | null {
  const dated = orderStatements(chain).filter((s) => spanOf(s.stated) != null);
  return dated.at(-1) ?? null;
}
