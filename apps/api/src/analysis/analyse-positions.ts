// Loads the position facts an analysis needs in one query, and hands them to the domain's pure rules.
import type { Prisma } from "@parley/db";
import {
  byTime,
  diffPeriods,
  diffSnapshots,
  diffStatedBetween,
  rankTopics,
  latestPerCell,
  statedAtRound,
  type DiffEntry,
  type PositionFact,
  type StickingPoint,
} from "@parley/domain";
import type { Context } from "../context.js";
import { AppError } from "../errors.js";
import { editorial, positionWhere, type PositionFilter } from "../filters/list-filters.js";
import { resolvePoint, type AnalysisPointArg, type ResolvedPoint } from "./resolve-point.js";
import { latestFacts, topicStandings, type FactScope } from "./position-facts-sql.js";
import { idsForSlugs } from "../lookup/ids-for-slugs.js";

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

/** The SQL scope of an analysis: parties (default: those at the given rounds) and topic subtree. */
async function scopeOf(ctx: Context, filter: PositionFilter, points: ResolvedPoint[]): Promise<Omit<FactScope, "asOf">> {
  let partyIds = filter.parties?.length ? await idsForSlugs(ctx, "party", filter.parties, "parties") : undefined;
  const roundIds = points.map((p) => p.roundId).filter((id): id is string => id !== null);
  if (!partyIds && roundIds.length > 0) {
    // At a round, compare the parties at the table (an analyst asks "where did they stand at this round?").
    partyIds = [...new Set((await ctx.db.roundParticipant.findMany({ where: { roundId: { in: roundIds } }, select: { partyId: true } })).map((p) => p.partyId))];
  }
  let topicPath: FactScope["topicPath"];
  if (filter.topic) {
    const topic = await ctx.db.topic.findFirst({ where: { slug: filter.topic, ...editorial(ctx, null) }, select: { path: true } });
    if (!topic) throw new AppError("NOT_FOUND", `No topic with slug "${filter.topic}".`, { argument: "topic" });
    topicPath = { path: topic.path, includeSubtopics: filter.includeSubtopics ?? true };
  }
  return { partyIds, topicPath };
}

/** Parties × topics: each party's latest position per topic as of a round or a day (default parties: those at the round). */
export async function compareParties(ctx: Context, at: AnalysisPointArg, filter: PositionFilter): Promise<ComparisonCellFact[]> {
  const point = await resolvePoint(ctx, at, "at");
  const facts = await latestFacts(ctx, { asOf: point.asOf, ...(await scopeOf(ctx, filter, [point])) });
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

export type DiffBasis = "LATEST_AS_OF" | "STATED_AT_ROUND" | "STATED_BETWEEN";

/**
 * What changed between two points. LATEST_AS_OF compares each party's latest positions as of each point
 * (a round counts as its last day); STATED_AT_ROUND compares only what was stated at each round, so a
 * stance not restated at the later round is DROPPED; STATED_BETWEEN does the same for two equally long
 * periods of time, the one up to `to` and the one before `from` (see the domain's diffStatedBetween).
 */
export async function diffPoints(ctx: Context, from: AnalysisPointArg, to: AnalysisPointArg, filter: PositionFilter, basis: DiffBasis = "LATEST_AS_OF"): Promise<DiffEntry<PositionFact>[]> {
  const [a, b] = [await resolvePoint(ctx, from, "from"), await resolvePoint(ctx, to, "to")];
  if (basis === "STATED_AT_ROUND" && (!a.roundId || !b.roundId)) {
    throw new AppError("BAD_USER_INPUT", "STATED_AT_ROUND compares two rounds: give `round` for both points.", { argument: "basis" });
  }
  if (basis === "STATED_BETWEEN") {
    if (b.asOf.getTime() <= a.asOf.getTime()) throw new AppError("BAD_USER_INPUT", "STATED_BETWEEN needs `to` after `from`.", { argument: "to" });
    const periods = diffPeriods(a.asOf, b.asOf);
    const where = { ...(await positionWhere(ctx, filter)), statedOn: { gt: periods.before.after, lte: periods.after.upTo } };
    return diffStatedBetween(await ctx.db.position.findMany({ where, select: FACT }), a.asOf, b.asOf);
  }
  if (basis === "STATED_AT_ROUND") {
    const where = { ...(await positionWhere(ctx, filter)), roundId: { in: [a.roundId!, b.roundId!] } };
    const facts = await ctx.db.position.findMany({ where, select: FACT });
    return diffSnapshots(statedAtRound(facts, a.roundId!), statedAtRound(facts, b.roundId!));
  }
  const scope = await scopeOf(ctx, filter, [a, b]);
  const [before, after] = [await latestFacts(ctx, { asOf: a.asOf, ...scope }), await latestFacts(ctx, { asOf: b.asOf, ...scope })];
  return diffSnapshots(latestPerCell(before, a.asOf), latestPerCell(after, b.asOf));
}

/**
 * The top `first` sticking points. The database reduces every cell to one standing per topic; the domain
 * ranks them; then only the chosen topics' latest positions are loaded (two statements, whatever the size).
 */
export async function rankStickingPoints(ctx: Context, asOf: Date, filter: PositionFilter, first: number): Promise<StickingPoint<PositionFact>[]> {
  const scope = { asOf, ...(await scopeOf(ctx, filter, [])) };
  const top = rankTopics(await topicStandings(ctx, scope), asOf).slice(0, first);
  if (top.length === 0) return [];
  const latest = [...latestPerCell(await latestFacts(ctx, { ...scope, topicIds: top.map((t) => t.topicId) }), asOf).values()].sort(byTime);
  return top.map((t) => ({ ...t, latest: latest.filter((p) => p.topicId === t.topicId) }));
}
