// Loads the position facts an analysis needs in one query, and hands them to the domain's pure rules.
import { editorial, type ReadScope } from "../visibility/visibility.js";
import type { Prisma } from "@parley/db";
import {
  inTimeOrder,
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
import { DomainError } from "../errors/domain-error.js";
import { positionWhere, type PositionFilter } from "../position/list-positions.js";
import { resolvePoint, type AnalysisPointArg, type ResolvedPoint } from "./resolve-point.js";
import { latestFacts, topicStandingsInSql, type FactScope, type LatestFact } from "./position-facts-sql.js";
import { idForSlug, idsForSlugs } from "../lookup/ids-for-slugs.js";

const FACT = {
  id: true,
  partyId: true,
  topicId: true,
  roundId: true,
  stance: true,
  statedOn: true,
  datePrecision: true,
  reportedMovement: true,
} satisfies Prisma.PositionSelect;

export async function loadFacts(reader: ReadScope, filter: PositionFilter): Promise<PositionFact[]> {
  return reader.db.position.findMany({ where: await positionWhere(reader, filter), select: FACT });
}

/** The facts with the columns a result shows (as the SQL path returns them), so the results need not read them again. */
async function loadCellFacts(reader: ReadScope, where: Prisma.PositionWhereInput): Promise<LatestFact[]> {
  const rows = await reader.db.position.findMany({ where, select: { ...FACT, summary: true, movement: true } });
  return rows.map((r) => ({ ...r, evidenceCount: null }));
}

export interface ComparisonCellFact {
  partyId: string;
  topicId: string;
  /** Column key: a round id for party × rounds, else the topic id. */
  columnId: string;
  position: LatestFact;
  statedAtRound: boolean;
}

/** The SQL scope of an analysis: parties (default: those at the given rounds) and topic subtree. */
async function scopeOf(reader: ReadScope, filter: PositionFilter, points: ResolvedPoint[]): Promise<Omit<FactScope, "asOf">> {
  let partyIds = filter.parties?.length ? await idsForSlugs(reader, "party", filter.parties, "parties") : undefined;
  const roundIds = points.map((p) => p.roundId).filter((id): id is string => id !== null);
  if (!partyIds && roundIds.length > 0) {
    // At a round, compare the parties at the table (an analyst asks "where did they stand at this round?").
    partyIds = [
      ...new Set((await reader.db.roundParticipant.findMany({ where: { roundId: { in: roundIds } }, select: { partyId: true } })).map((p) => p.partyId)),
    ];
  }
  let topicPath: FactScope["topicPath"];
  if (filter.topic) {
    const topicId = await idForSlug(reader, "topic", filter.topic, "topic");
    const topic = await reader.db.topic.findFirst({ where: { id: topicId, ...editorial(reader, null) }, select: { path: true } });
    if (!topic) throw new DomainError("NOT_FOUND", `No topic with slug "${filter.topic}".`, { parameter: "topic" });
    topicPath = { path: topic.path, includeSubtopics: filter.includeSubtopics ?? true };
  }
  return { partyIds, topicPath };
}

/** Parties × topics: each party's latest position per topic as of a round or a day (default parties: those at the round). */
export async function compareParties(reader: ReadScope, at: AnalysisPointArg, filter: PositionFilter): Promise<ComparisonCellFact[]> {
  const point = await resolvePoint(reader, at, "at");
  const facts = await latestFacts(reader, { asOf: point.asOf, ...(await scopeOf(reader, filter, [point])) }, { withEvidenceCount: true });
  return [...latestPerCell(facts, point.asOf).values()].map((p) => ({
    partyId: p.partyId,
    topicId: p.topicId,
    columnId: p.topicId,
    position: p,
    statedAtRound: point.roundId !== null && p.roundId === point.roundId,
  }));
}

/** One party × rounds: its latest position per topic as of each round. */
export async function compareRounds(reader: ReadScope, rounds: { id: string; asOf: Date | null }[], filter: PositionFilter): Promise<ComparisonCellFact[]> {
  const facts = await loadCellFacts(reader, await positionWhere(reader, filter));
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
export async function diffPoints(
  reader: ReadScope,
  from: AnalysisPointArg,
  to: AnalysisPointArg,
  filter: PositionFilter,
  basis: DiffBasis = "LATEST_AS_OF",
): Promise<DiffEntry<LatestFact>[]> {
  const [a, b] = [await resolvePoint(reader, from, "from"), await resolvePoint(reader, to, "to")];
  const [roundA, roundB] = [a.roundId, b.roundId];
  if (basis === "STATED_AT_ROUND" && (!roundA || !roundB)) {
    throw new DomainError("BAD_USER_INPUT", "STATED_AT_ROUND compares two rounds: give `round` for both points.", { parameter: "basis" });
  }
  if (basis === "STATED_BETWEEN") {
    if (b.asOf.getTime() <= a.asOf.getTime()) throw new DomainError("BAD_USER_INPUT", "STATED_BETWEEN needs `to` after `from`.", { parameter: "to" });
    const periods = diffPeriods(a.asOf, b.asOf);
    const where = { ...(await positionWhere(reader, filter)), statedOn: { gt: periods.before.after, lte: periods.after.upTo } };
    return diffStatedBetween(await loadCellFacts(reader, where), a.asOf, b.asOf);
  }
  if (basis === "STATED_AT_ROUND" && roundA && roundB) {
    const where = { ...(await positionWhere(reader, filter)), roundId: { in: [roundA, roundB] } };
    const facts = await loadCellFacts(reader, where);
    return diffSnapshots(statedAtRound(facts, roundA), statedAtRound(facts, roundB));
  }
  const scope = await scopeOf(reader, filter, [a, b]);
  const [before, after] = [await latestFacts(reader, { asOf: a.asOf, ...scope }), await latestFacts(reader, { asOf: b.asOf, ...scope })];
  return diffSnapshots(latestPerCell(before, a.asOf), latestPerCell(after, b.asOf));
}

/**
 * The top `first` sticking points. The database reduces every cell to one standing per topic; the domain
 * ranks them; then only the chosen topics' latest positions are loaded (two statements, whatever the size).
 */
export async function rankStickingPoints(reader: ReadScope, asOf: Date, filter: PositionFilter, first: number): Promise<StickingPoint<LatestFact>[]> {
  const scope = { asOf, ...(await scopeOf(reader, filter, [])) };
  const top = rankTopics(await topicStandingsInSql(reader, scope), asOf).slice(0, first);
  if (top.length === 0) return [];
  const latest = inTimeOrder([...latestPerCell(await latestFacts(reader, { ...scope, topicIds: top.map((t) => t.topicId) }), asOf).values()]);
  const byTopic = new Map<string, LatestFact[]>();
  for (const p of latest) {
    const list = byTopic.get(p.topicId);
    if (list) list.push(p);
    else byTopic.set(p.topicId, [p]);
  }
  return top.map((t) => ({ ...t, latest: byTopic.get(t.topicId) ?? [] }));
}
