// The facts the analyses need, computed in SQL instead of loading every position: per (party, topic) the
// latest position as of a day, and per topic the standing the sticking-point rule ranks (the spread of the
// latest stances, and since when each party has held its stance). Given these, the domain's rules
// (@parley/domain: latest per cell, rankTopics) return exactly what they would over the full chains.
import { Prisma } from "@parley/db";
import type { DatePrecision, PositionFact, TopicStanding } from "@parley/domain";
import { visibleSql, type ReadScope } from "../visibility/visibility.js";

export interface FactScope {
  asOf: Date;
  partyIds?: string[] | undefined;
  /** A topic path: the topic and its subtree. */
  topicPath?: { path: string; includeSubtopics: boolean } | undefined;
  /** Only these topics (ids). */
  topicIds?: string[] | undefined;
}

// The last day a statement may mean (chronology `spanOf`): a MONTH or YEAR is a span, not its first day.
const LAST_DAY = Prisma.sql`CASE p."datePrecision"
  WHEN 'DAY' THEN p."statedOn"
  WHEN 'MONTH' THEN (date_trunc('month', p."statedOn") + interval '1 month - 1 day')::date
  WHEN 'YEAR' THEN (date_trunc('year', p."statedOn") + interval '1 year - 1 day')::date
END`;

// Mirrors STANCE_SCORE in @parley/domain (the scale is the domain's; this only ranks rows in SQL).
const SCORE = Prisma.sql`CASE stance WHEN 'DEMANDS' THEN 3 WHEN 'SUPPORTS' THEN 2 WHEN 'CONDITIONAL' THEN 1 WHEN 'OPEN_TO' THEN 0 WHEN 'OPPOSES' THEN -2 ELSE -3 END`;

/** Each cell's chain as of the scope's day, ranked: rn = 1 is the latest, run_start the first of its trailing run. */
function rankedCells(reader: ReadScope, scope: FactScope): Prisma.Sql {
  const parties = scope.partyIds?.length ? Prisma.sql`AND p."partyId" = ANY(${scope.partyIds}::uuid[])` : Prisma.empty;
  const topicIds = scope.topicIds ? Prisma.sql`AND p."topicId" = ANY(${scope.topicIds}::uuid[])` : Prisma.empty;
  const topics = scope.topicPath
    ? scope.topicPath.includeSubtopics
      ? Prisma.sql`AND p."topicId" IN (SELECT id FROM "Topic" WHERE path = ${scope.topicPath.path} OR path LIKE ${`${scope.topicPath.path}/%`})`
      : Prisma.sql`AND p."topicId" IN (SELECT id FROM "Topic" WHERE path = ${scope.topicPath.path})`
    : Prisma.empty;
  return Prisma.sql`
    WITH v AS (
      SELECT p.id, p."partyId", p."topicId", p."roundId", p.stance, p."statedOn", p."datePrecision", p."reportedMovement",
             ${LAST_DAY} AS "lastDay", ${SCORE} AS s
      FROM "Position" p
      -- A position is read with its party and topic (visibility.ts positionVisibility): hidden with them.
      JOIN "Party" pa ON pa.id = p."partyId" AND ${visibleSql(reader, "pa")}
      JOIN "Topic" tp ON tp.id = p."topicId" AND ${visibleSql(reader, "tp")}
      WHERE ${visibleSql(reader, "p")}
        -- In force as of the day (chronology inForceAt): certainly stated by then. An undated statement is in
        -- force at no point; a month that contains the day is undecided, so it does not count either.
        AND p."statedOn" IS NOT NULL AND p."datePrecision" <> 'UNKNOWN' AND ${LAST_DAY} <= ${scope.asOf} ${parties} ${topicIds} ${topics}
    ), w AS (
      -- One sort, oldest first (by first day, then last day, then id: the domain's compareStatements). rn
      -- counts from the latest: the reverse order, computed from the same window instead of sorting again.
      SELECT v.*,
        lag(s) OVER cell AS prev,
        count(*) OVER (PARTITION BY "partyId", "topicId") - row_number() OVER cell + 1 AS rn
      FROM v
      WINDOW cell AS (PARTITION BY "partyId", "topicId" ORDER BY "statedOn", "lastDay", id)
    ), runs AS (
      -- The most recent movement per cell (rn counts from the latest): where the trailing run begins. The
      -- effective movement (chronology effectiveMovement): a reported one wins over the categories.
      SELECT w.*, min(CASE WHEN
          CASE WHEN "reportedMovement" IS NOT NULL THEN "reportedMovement" <> 'UNCHANGED' ELSE prev IS NULL OR prev <> s END
        THEN rn END) OVER (PARTITION BY "partyId", "topicId") AS run_start
      FROM w
    )`;
}

export async function latestFacts(reader: ReadScope, scope: FactScope): Promise<PositionFact[]> {
  return reader.db.$queryRaw<PositionFact[]>`${rankedCells(reader, scope)}
    SELECT id, "partyId", "topicId", "roundId", stance, "statedOn", "datePrecision", "reportedMovement" FROM runs WHERE rn = 1`;
}

/**
 * Per topic, what the sticking-point rule needs (@parley/domain `TopicStanding`): the highest and lowest
 * latest stance, how many parties spoke, and the latest start of a party's trailing run. A few hundred rows
 * instead of every cell's facts.
 */
export async function topicStandingsInSql(reader: ReadScope, scope: FactScope): Promise<TopicStanding[]> {
  const rows = await reader.db.$queryRaw<
    { topicId: string; highest: number; lowest: number; parties: bigint; unmovedOn: Date | null; unmovedPrecision: DatePrecision | null }[]
  >`${rankedCells(reader, scope)}
    SELECT "topicId", max(s) FILTER (WHERE rn = 1) AS highest, min(s) FILTER (WHERE rn = 1) AS lowest,
           count(*) FILTER (WHERE rn = 1) AS parties,
           -- The latest run start in the chronology's order, with its precision (a month stays a month).
           (array_agg("statedOn" ORDER BY "statedOn" DESC, "lastDay" DESC) FILTER (WHERE rn = run_start))[1] AS "unmovedOn",
           (array_agg("datePrecision"::text ORDER BY "statedOn" DESC, "lastDay" DESC) FILTER (WHERE rn = run_start))[1] AS "unmovedPrecision"
    FROM runs GROUP BY "topicId"`;
  return rows.map((r) => ({
    topicId: r.topicId,
    highest: Number(r.highest),
    lowest: Number(r.lowest),
    parties: Number(r.parties),
    unmovedSince: r.unmovedOn && r.unmovedPrecision ? { on: r.unmovedOn, precision: r.unmovedPrecision } : null,
  }));
}
