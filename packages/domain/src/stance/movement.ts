import { STANCE_SCORE, type Stance } from "./stance.js";
import type { DatePrecision } from "../dates/partial-date.js";
import { compareStatements, type Stated } from "../chronology/statement-time.js";

export const MOVEMENTS = ["NEW", "UNCHANGED", "HARDENED", "SOFTENED", "REVERSED"] as const;
export type Movement = (typeof MOVEMENTS)[number];

/**
 * How a party's stance on a topic moved since its previous one.
 * - REVERSED: crossed from for to against (or back); zero counts as neither side.
 * - HARDENED: further from the middle (OPEN_TO), i.e. more committed in the same direction, or out of it.
 * - SOFTENED: closer to the middle.
 */
export function movementBetween(previous: Stance | null | undefined, current: Stance): Movement {
  if (previous == null) return "NEW";
  const before = STANCE_SCORE[previous];
  const after = STANCE_SCORE[current];
  if (before === after) return "UNCHANGED";
  if (before * after < 0) return "REVERSED";
  return Math.abs(after) > Math.abs(before) ? "HARDENED" : "SOFTENED";
}

export interface DatedStance {
  id: string;
  stance: Stance;
  /** The (first) day stated; null when the source gives no date. */
  statedOn: Date | null;
  /** How precise `statedOn` is (DAY when omitted and dated). */
  datePrecision?: DatePrecision;
}

/** A dated stance as the chronology rule reads it (packages/domain/src/chronology). */
export function statedOf(p: DatedStance): Stated {
  if (p.statedOn == null || p.datePrecision === "UNKNOWN") return { id: p.id, stated: { on: null, precision: "UNKNOWN" } };
  return { id: p.id, stated: { on: p.statedOn, precision: p.datePrecision ?? "DAY" } };
}

/**
 * Orders one party's positions on one topic in time by the chronology rule: dated ones by date (a day
 * before the month that contains it), undated ones after all of them, ties by id.
 */
export function compareInTime(a: DatedStance, b: DatedStance): number {
  return compareStatements(statedOf(a), statedOf(b));
}

/** Derived movement of every position in one party's chain on one topic, keyed by position id. */
export function movementsOf(chain: readonly DatedStance[]): Map<string, Movement> {
  const ordered = [...chain].sort(compareInTime);
  const result = new Map<string, Movement>();
  let previous: Stance | null = null;
  for (const position of ordered) {
    result.set(position.id, movementBetween(previous, position.stance));
    previous = position.stance;
  }
  return result;
}
