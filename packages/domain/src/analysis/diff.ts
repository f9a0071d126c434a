import { movementBetween } from "../stance/movement.js";
import { byTime, type PositionFact } from "./position-fact.js";

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
 * Compares two snapshots (cell → position): NEW when only the later one has the cell, DROPPED when only
 * the earlier one has it, otherwise the movement from the earlier stance to the later.
 */
export function diffSnapshots<P extends PositionFact>(before: ReadonlyMap<string, P>, after: ReadonlyMap<string, P>): DiffEntry<P>[] {
  const keys = new Set([...before.keys(), ...after.keys()]);
  const entries: DiffEntry<P>[] = [];
  for (const key of keys) {
    const a = before.get(key) ?? null;
    const b = after.get(key) ?? null;
    const sample = (b ?? a)!;
    const change: Change = a && b ? movementBetween(a.stance, b.stance) : b ? "NEW" : "DROPPED";
    entries.push({ partyId: sample.partyId, topicId: sample.topicId, change, before: a, after: b });
  }
  return entries.sort((x, y) => byTime((x.after ?? x.before)!, (y.after ?? y.before)!));
}
