import type { Stance } from "../stance/stance.js";
import type { Movement } from "../stance/movement.js";
import type { DatePrecision, PartialDate } from "../dates/partial-date.js";
import { compareStatements, inForceAt, orderByStatement, orderStatements, spanOf, type Stated } from "../chronology/statement-time.js";

/** The part of a position the analyses need. */
export interface PositionFact {
  id: string;
  partyId: string;
  topicId: string;
  roundId: string | null;
  stance: Stance;
  /** The first day the statement may mean; null when undated. */
  statedOn: Date | null;
  /** How precise `statedOn` is: a MONTH or YEAR is a span of days, UNKNOWN places it nowhere in time. */
  datePrecision: DatePrecision;
  /** The movement a source reports, when one does (the analyses use it over the derived one: effectiveMovement). */
  reportedMovement?: Movement | null;
}

export const cellKey = (partyId: string, topicId: string): string => `${partyId}\u0000${topicId}`;

/** A position's statement date as the chronology rule reads it. */
export function statedDate(p: Pick<PositionFact, "statedOn" | "datePrecision">): PartialDate {
  if (p.statedOn == null || p.datePrecision === "UNKNOWN") return { on: null, precision: "UNKNOWN" };
  return { on: p.statedOn, precision: p.datePrecision };
}

const stated = <P extends PositionFact>(p: P): P & Stated => ({ ...p, stated: statedDate(p) });

/** Time order by the chronology rule (undated after every dated one), ties broken by id. */
export function byTime(a: PositionFact, b: PositionFact): number {
  // Only the id and the date: a sort compares each position many times, and copying whole rows costs.
  return compareStatements({ id: a.id, stated: statedDate(a) }, { id: b.id, stated: statedDate(b) });
}

/** Positions in byTime's order, each position's dates read once (a sort compares each many times). */
export function inTimeOrder<P extends PositionFact>(positions: readonly P[]): P[] {
  return orderByStatement(positions, (p) => ({ id: p.id, stated: statedDate(p) }));
}

function cells<P extends PositionFact>(positions: readonly P[]): Map<string, (P & Stated)[]> {
  const chains = new Map<string, (P & Stated)[]>();
  for (const p of positions) {
    const key = cellKey(p.partyId, p.topicId);
    const chain = chains.get(key) ?? [];
    chain.push(stated(p));
    chains.set(key, chain);
  }
  return chains;
}

/**
 * The position in force per (party, topic) as of `asOf` (chronology `inForceAt`): the latest one certainly
 * stated by that day. An undated position is never in force at a point, and a month that contains the day
 * is undecided, not in force. With asOf null, the latest of each cell (dated before undated).
 */
export function latestPerCell<P extends PositionFact>(positions: readonly P[], asOf: Date | null): Map<string, P> {
  const latest = new Map<string, P>();
  for (const [key, chain] of cells(positions)) {
    const pick = asOf ? inForceAt(chain, asOf).inForce : (orderStatements(chain).at(-1) ?? null);
    if (pick) latest.set(key, pick);
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

/**
 * The latest position per (party, topic) certainly stated in the period (after, upTo]: its every possible
 * day inside it. Undated positions are in no period; a month that straddles a boundary in neither.
 */
export function statedWithin<P extends PositionFact>(positions: readonly P[], after: Date, upTo: Date): Map<string, P> {
  return latestPerCell(
    positions.filter((p) => {
      const span = spanOf(statedDate(p));
      return span !== null && span.first.getTime() > after.getTime() && span.last.getTime() <= upTo.getTime();
    }),
    null,
  );
}
