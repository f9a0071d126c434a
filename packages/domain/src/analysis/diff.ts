import { movementBetween, type Movement } from "../stance/movement.js";
import { effectiveMovement } from "../chronology/movement-choice.js";
import { byTime, statedWithin, type PositionFact } from "./position-fact.js";

export const CHANGES = ["NEW", "UNCHANGED", "HARDENED", "SOFTENED", "REVERSED", "DROPPED"] as const;
export type Change = (typeof CHANGES)[number];

export interface DiffEntry<P extends PositionFact> {
  partyId: string;
  topicId: string;
  change: Change;
  before: P | null;
  after: P | null;
}

/**
 * How a cell changed from one position to a later one: the movement between their stance categories (NEW
 * when nothing was in force before), unless the later position's source reports a movement — then that
 * one (chronology `effectiveMovement`: Ukraine "hardened" while its stance stayed REJECTS). The same
 * position on both sides is UNCHANGED.
 */
export function changeBetween(before: PositionFact | null, after: PositionFact): Movement {
  if (before?.id === after.id) return "UNCHANGED";
  const derived = before ? movementBetween(before.stance, after.stance) : "NEW";
  return effectiveMovement({ movement: derived, reportedMovement: after.reportedMovement ?? null }).movement;
}

/**
 * Compares two snapshots (cell → position): DROPPED when only the earlier one has the cell, otherwise
 * `changeBetween` the two (NEW when only the later one has it and no source reports a movement).
 */
export function diffSnapshots<P extends PositionFact>(before: ReadonlyMap<string, P>, after: ReadonlyMap<string, P>): DiffEntry<P>[] {
  const keys = new Set([...before.keys(), ...after.keys()]);
  const entries: DiffEntry<P>[] = [];
  for (const key of keys) {
    const a = before.get(key) ?? null;
    const b = after.get(key) ?? null;
    // Every key comes from one of the two maps, so at least one side is there.
    const sample = b ?? a;
    if (!sample) continue;
    const change: Change = b ? changeBetween(a, b) : "DROPPED";
    entries.push({ partyId: sample.partyId, topicId: sample.topicId, change, before: a, after: b });
  }
  const side = (e: DiffEntry<P>) => e.after ?? e.before;
  return entries.sort((x, y) => {
    const [sx, sy] = [side(x), side(y)];
    return sx && sy ? byTime(sx, sy) : 0;
  });
}

const DAY_MS = 86_400_000;

/**
 * The two periods a date-window diff compares: the one ending at `to` and starting after `from`, and the
 * period of the same length just before it, ending at `from`. Each is half-open: (start, end].
 */
export function diffPeriods(from: Date, to: Date): { before: { after: Date; upTo: Date }; after: { after: Date; upTo: Date } } {
  const length = to.getTime() - from.getTime();
  if (length < DAY_MS) throw new RangeError("`to` must come at least a day after `from`.");
  return { before: { after: new Date(from.getTime() - length), upTo: from }, after: { after: from, upTo: to } };
}

/**
 * What was said in the period up to `to` against what was said in the equally long period before `from`:
 * per (party, topic), the latest position stated in each. A cell stated before but not restated since is
 * DROPPED, one stated only since is NEW, otherwise the movement between the two. This is the date
 * counterpart of comparing what was stated at two rounds.
 */
export function diffStatedBetween<P extends PositionFact>(positions: readonly P[], from: Date, to: Date): DiffEntry<P>[] {
  const periods = diffPeriods(from, to);
  return diffSnapshots(statedWithin(positions, periods.before.after, periods.before.upTo), statedWithin(positions, periods.after.after, periods.after.upTo));
}
