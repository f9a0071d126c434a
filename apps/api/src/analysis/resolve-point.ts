// Where an analysis looks: a round (as of its last day) or a calendar day.
import { parseIsoDay } from "@parley/domain";
import { AppError } from "../errors.js";
import type { Context } from "../context.js";
import { editorial } from "../filters/list-filters.js";

export interface AnalysisPointArg {
  round?: string | null;
  date?: string | null;
}

export interface ResolvedPoint {
  /** Positions stated on or before this day count. */
  asOf: Date;
  roundId: string | null;
}

export async function resolvePoint(ctx: Context, point: AnalysisPointArg, argument: string): Promise<ResolvedPoint> {
  const given = [point.round, point.date].filter((v) => v != null);
  if (given.length !== 1) throw new AppError("BAD_USER_INPUT", "Give exactly one of `round` or `date`.", { argument });
  if (point.date) {
    try {
      return { asOf: parseIsoDay(point.date), roundId: null };
    } catch (error) {
      throw new AppError("BAD_USER_INPUT", (error as Error).message, { argument: `${argument}.date` });
    }
  }
  const round = await ctx.db.round.findFirst({
    where: { slug: point.round!, ...editorial(ctx, null) },
    select: { id: true, startDate: true, endDate: true },
  });
  if (!round) throw new AppError("NOT_FOUND", `No round with slug "${point.round}".`, { argument: `${argument}.round` });
  const asOf = round.endDate ?? round.startDate;
  if (!asOf) throw new AppError("BAD_USER_INPUT", `Round "${point.round}" has no known date to compare at.`, { argument: `${argument}.round` });
  return { asOf, roundId: round.id };
}
