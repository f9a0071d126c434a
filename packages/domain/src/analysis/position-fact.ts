import type { Stance } from "../stance/stance.js";

/** The part of a position the analyses need. */
export interface PositionFact {
  id: string;
  partyId: string;
  topicId: string;
  roundId: string | null;
  stance: Stance;
  /** Unknown dates sort before every known date. */
  statedOn: Date | null;
}

export const cellKey = (partyId: string, topicId: string): string => `${partyId}\u0000${topicId}`;

function time(p: PositionFact): number {
  return p.statedOn?.getTime() ?? Number.NEGATIVE_INFINITY;
}

/** Chronological order, ties broken by id so every analysis is deterministic. */
export function byTime(a: PositionFact, b: PositionFact): number {
  return time(a) - time(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The latest position per (party, topic) stated on or before `asOf` (all of them when asOf is null). */
export function latestPerCell<P extends PositionFact>(positions: readonly P[], asOf: Date | null): Map<string, P> {
  const latest = new Map<string, P>();
  for (const p of [...positions].sort(byTime)) {
    if (asOf && p.statedOn && p.statedOn.getTime() > asOf.getTime()) continue;
    latest.set(cellKey(p.partyId, p.topicId), p);
  }
  return latest;
}

/** The positions stated at one round, the latest per (party, topic). */
export function statedAtRound<P extends PositionFact>(positions: readonly P[], roundId: string): Map<string, P> {
  return latestPerCell(
    positions.filter((p) => p.roundId === roundId),
    null,
  );
}

/** The latest position per (party, topic) stated in the period (after, upTo]; undated positions are in no period. */
export function statedWithin<P extends PositionFact>(positions: readonly P[], after: Date, upTo: Date): Map<string, P> {
  return latestPerCell(
    positions.filter((p) => p.statedOn !== null && p.statedOn.getTime() > after.getTime() && p.statedOn.getTime() <= upTo.getTime()),
    null,
  );
}
