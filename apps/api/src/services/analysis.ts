// Loads the position facts an analysis needs in one query, and hands them to the domain's pure rules.
import type { Prisma } from "@parley/db";
import {
  diffSnapshots,
  latestPerCell,
  statedAtRound,
  stickingPoints,
  type DiffEntry,
  type PositionFact,
  type StickingPoint,
} from "@parley/domain";
import type { Context } from "../context.js";
import { AppError } from "../errors.js";
import { positionWhere, type PositionFilter } from "./filters.js";
import { resolvePoint, type AnalysisPointArg } from "./analysis-point.js";

const FACT = { id: true, partyId: true, topicId: true, roundId: true, stance: true, statedOn: true } satisfies Prisma.PositionSelect;

export async function loadFacts(ctx: Context, filter: PositionFilter): Promise<PositionFact[]> {
  return ctx.db.position.findMany({ where: await positionWhere(ctx, filter), select: FACT });
}

export interface ComparisonCellFact {
  partyId: string;
  topicId: string;
  /** Column key: a round id for party × rounds, else the topic id. */
  columnId: string;
  position: PositionFact;
  statedAtRound: boolean;
}

/** Parties × topics: each party's latest position per topic as of a round or a day. */
export async function compareParties(ctx: Context, at: AnalysisPointArg, filter: PositionFilter): Promise<ComparisonCellFact[]> {
  const point = await resolvePoint(ctx, at, "at");
  const facts = await loadFacts(ctx, filter);
  return [...latestPerCell(facts, point.asOf).values()].map((p) => ({
    partyId: p.partyId,
    topicId: p.topicId,
    columnId: p.topicId,
    position: p,
    statedAtRound: point.roundId !== null && p.roundId === point.roundId,
  }));
}

/** One party × rounds: its latest position per topic as of each round. */
export async function compareRounds(
  ctx: Context,
  rounds: { id: string; asOf: Date | null }[],
  filter: PositionFilter,
): Promise<ComparisonCellFact[]> {
  const facts = await loadFacts(ctx, filter);
  return rounds.flatMap((round) =>
    round.asOf
      ? [...latestPerCell(facts, round.asOf).values()].map((p) => ({
          partyId: p.partyId,
          topicId: p.topicId,
          columnId: round.id,
          position: p,
          statedAtRound: p.roundId === round.id,
        }))
      : [],
  );
}

export type DiffBasis = "LATEST_AS_OF" | "STATED_AT_ROUND";

/**
 * What changed between two points. LATEST_AS_OF compares each party's latest positions as of each point
 * (a round counts as its last day); STATED_AT_ROUND compares only what was stated at each round, so a
 * stance not restated at the later round is DROPPED.
 */
export async function diffPoints(ctx: Context, from: AnalysisPointArg, to: AnalysisPointArg, filter: PositionFilter, basis: DiffBasis = "LATEST_AS_OF"): Promise<DiffEntry<PositionFact>[]> {
  const [a, b] = [await resolvePoint(ctx, from, "from"), await resolvePoint(ctx, to, "to")];
  if (basis === "STATED_AT_ROUND" && (!a.roundId || !b.roundId)) {
    throw new AppError("BAD_USER_INPUT", "STATED_AT_ROUND compares two rounds: give `round` for both points.", { argument: "basis" });
  }
  const facts = await loadFacts(ctx, filter);
  const snapshot = (p: { asOf: Date; roundId: string | null }) => (basis === "STATED_AT_ROUND" && p.roundId ? statedAtRound(facts, p.roundId) : latestPerCell(facts, p.asOf));
  return diffSnapshots(snapshot(a), snapshot(b));
}

export async function rankStickingPoints(ctx: Context, asOf: Date, filter: PositionFilter): Promise<StickingPoint<PositionFact>[]> {
  return stickingPoints(await loadFacts(ctx, filter), asOf);
}
