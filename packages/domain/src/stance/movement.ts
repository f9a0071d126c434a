import { STANCE_SCORE, type Stance } from "./stance.js";

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
  /** Sort key: the date stated (null = unknown, sorts first) then a tie-breaker. */
  statedOn: Date | null;
}

/** Orders one party's positions on one topic in time: unknown dates first, then by date, then by id. */
export function compareInTime(a: DatedStance, b: DatedStance): number {
  const ta = a.statedOn?.getTime() ?? Number.NEGATIVE_INFINITY;
  const tb = b.statedOn?.getTime() ?? Number.NEGATIVE_INFINITY;
  if (ta !== tb) return ta < tb ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Movement of every position in one party's chain on one topic, keyed by position id. */
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
