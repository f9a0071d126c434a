// Where an analysis looks: a round (as of its last day) or a calendar day.
import { editorial, type ReadScope } from "../visibility/visibility.js";
import { dayParameter } from "../validation/dates.js";
import { DomainError } from "../errors/domain-error.js";
import { idForSlug } from "../lookup/ids-for-slugs.js";
import { latestDayOf, type DatePrecision } from "@parley/domain";

export interface RoundDates {
  startDate: Date | null;
  startDatePrecision: DatePrecision;
  endDate: Date | null;
  endDatePrecision: DatePrecision;
}

/** The day a round is compared at: the last day it may have ended on (a round "in February" counts as of 28 February). */
export function roundAsOf(r: RoundDates): Date | null {
  if (r.endDate) return latestDayOf({ on: r.endDate, precision: r.endDatePrecision });
  if (r.startDate) return latestDayOf({ on: r.startDate, precision: r.startDatePrecision });
  return null;
}

export const ROUND_DATES = { startDate: true, startDatePrecision: true, endDate: true, endDatePrecision: true } as const;

export interface AnalysisPointArg {
  round?: string | null;
  date?: string | null;
}

export interface ResolvedPoint {
  /** Positions stated on or before this day count. */
  asOf: Date;
  roundId: string | null;
}

export async function resolvePoint(reader: ReadScope, point: AnalysisPointArg, argument: string): Promise<ResolvedPoint> {
  const given = [point.round, point.date].filter((v) => v != null);
  if (given.length !== 1) throw new DomainError("BAD_USER_INPUT", "Give exactly one of `round` or `date`.", { parameter: argument });
  if (point.date) return { asOf: dayParameter(point.date, `${argument}.date`), roundId: null };
  const roundId = await idForSlug(reader, "round", point.round ?? "", `${argument}.round`);
  const round = await reader.db.round.findFirst({
    where: { id: roundId, ...editorial(reader, null) },
    select: { id: true, ...ROUND_DATES },
  });
  if (!round) throw new DomainError("NOT_FOUND", `No round with slug "${point.round}".`, { parameter: `${argument}.round` });
  const asOf = roundAsOf(round);
  if (!asOf) throw new DomainError("BAD_USER_INPUT", `Round "${point.round}" has no known date to compare at.`, { parameter: `${argument}.round` });
  return { asOf, roundId: round.id };
}
