// The facts the analyses need, computed in SQL instead of loading every position: per (party, topic) the
// latest position as of a day, and per topic the standing the sticking-point rule ranks (the spread of the
// latest stances, and since when each party has held its stance). Given these, the domain's rules
// (@parley/domain: latest per cell, rankTopics) return exactly what they would over the full chains.
import { Prisma } from "@parley/db";
import type { DatePrecision, Movement, PositionFact, TopicStanding } from "@parley/domain";
import { visibleSql, type ReadScope } from "../visibility/visibility.js";

export interface FactScope {
  asOf: Date;
  partyIds?: string[] | undefined;
  /** A topic path: the topic and its subtree. */
  topicPath?: { path: string; includeSubtopics: boolean } | undefined;
  /** Only these topics (ids). */
  topicIds?: string[] | undefined;
}

/** A cell's latest position with the columns the analyses show, so that they need not read it again. */
export interface LatestFact extends PositionFact {
  reportedMovement: Movement | null;
  summary: string;
  movement: Movement;
  /** Quotes behind it that the caller may read (only when asked for: `withEvidenceCount`). */
  evidenceCount: number | null;
}

// The last day a statement may mean (chronology `spanOf`: a MONTH or YEAR is a span, not its first day):
// parley_last_day(), an immutable function so that the chain index can hold it (migration
// 20261201200000_position_chain_index).
const lastDay = (alias: string) => Prisma.sql`parley_last_day(${Prisma.raw(alias)}."statedOn", ${Prisma.raw(alias)}."datePrecision")`;

// Mirrors STANCE_SCORE in @parley/domain (the scale is the domain's; this only ranks rows in SQL).
const score = (alias: string) =>
  Prisma.sql`CASE ${Prisma.raw(alias)}.stance WHEN 'DEMANDS' THEN 3 WHEN 'SUPPORTS' THEN 2 WHEN 'CONDITIONAL' THEN 1 WHEN 'OPEN_TO' THEN 0 WHEN 'OPPOSES' THEN -2 ELSE -3 END`;

/**
 * The position under `alias` is in the chains of this scope: visible itself and in force as of the day
 * (chronology inForceAt: certainly stated by then; an undated statement is in force at no point, and a month
 * that contains the day is undecided, so it does not count either). `statedOn` ≤ the day follows from the last
 * day's bound; stated as well, it lets an index on the first day start at the day.
 */
function inChain(reader: ReadScope, scope: FactScope, alias: string): Prisma.Sql {
  const p = Prisma.raw(alias);
  const parties = scope.partyIds?.length ? Prisma.sql`AND ${p}."partyId" = ANY(${scope.partyIds}::uuid[])` : Prisma.empty;
  const topicIds = scope.topicIds ? Prisma.sql`AND ${p}."topicId" = ANY(${scope.topicIds}::uuid[])` : Prisma.empty;
  const topics = scope.topicPath
    ? scope.topicPath.includeSubtopics
      ? Prisma.sql`AND ${p}."topicId" IN (SELECT id FROM "Topic" WHERE path = ${scope.topicPath.path} OR path LIKE ${`${scope.topicPath.path}/%`})`
      : Prisma.sql`AND ${p}."topicId" IN (SELECT id FROM "Topic" WHERE path = ${scope.topicPath.path})`
    : Prisma.empty;
  // The day as a date, not a timestamp: comparing a date with a timestamp would depend on the session's time zone.
  const day = Prisma.sql`${scope.asOf.toISOString().slice(0, 10)}::date`;
  return Prisma.sql`${visibleSql(reader, alias)} AND ${p}."statedOn" <= ${day} AND ${p}."datePrecision" <> 'UNKNOWN'
    AND ${lastDay(alias)} <= ${day} ${parties} ${topicIds} ${topics}`;
}

/**
 * Each cell's latest position in force (rn = 1 of the chain): the first row of the chain in reverse order
 * (last first day, then last last day, then last id: the domain's compareStatements backwards), read in
 * that order from the chain index. A position is read with its party and topic (visibility.ts
 * positionVisibility): a hidden party or topic hides the whole cell, so that filter applies to the cells.
 */
function latestCells(reader: ReadScope, scope: FactScope): Prisma.Sql {
  return Prisma.sql`
    SELECT DISTINCT ON (p."topicId", p."partyId") p.id, p."partyId", p."topicId", p.stance
    FROM "Position" p
    WHERE ${inChain(reader, scope, "p")}
    ORDER BY p."topicId" DESC, p."partyId" DESC, p."statedOn" DESC, ${lastDay("p")} DESC, p.id DESC`;
}

export async function latestFacts(reader: ReadScope, scope: FactScope, options: { withEvidenceCount?: boolean } = {}): Promise<LatestFact[]> {
  // Quotes are read with their article (visibility.ts evidenceVisibility).
  const evidence = options.withEvidenceCount
    ? Prisma.sql`(SELECT count(*)::int FROM "PositionEvidence" pe
        JOIN "Evidence" e ON e.id = pe."evidenceId" AND ${visibleSql(reader, "e")}
        JOIN "Article" a ON a.id = e."articleId" AND ${visibleSql(reader, "a")}
        WHERE pe."positionId" = p.id)`
    : Prisma.sql`NULL::int`;
  return reader.db.$queryRaw<LatestFact[]>`
    WITH latest AS (${latestCells(reader, scope)})
    SELECT p.id, p."partyId", p."topicId", p."roundId", p.stance, p."statedOn", p."datePrecision", p."reportedMovement",
           p.summary, p.movement, ${evidence} AS "evidenceCount"
    FROM latest l
    JOIN "Position" p ON p.id = l.id
    JOIN "Party" pa ON pa.id = l."partyId" AND ${visibleSql(reader, "pa")}
    JOIN "Topic" tp ON tp.id = l."topicId" AND ${visibleSql(reader, "tp")}`;
}

/**
 * Per topic, what the sticking-point rule needs (@parley/domain `TopicStanding`): the highest and lowest
 * latest stance, how many parties spoke, and the latest start of a party's trailing run. A few hundred rows
 * instead of every cell's facts.
 *
 * A cell's trailing run starts at its latest statement that moved (by the effective movement: a reported one
 * wins, else the stance against the one before it in the chain), so the latest run start over a topic's cells
 * is simply the topic's latest statement that moved: found by reading the topic's statements from the latest
 * back until one moved, each compared with its predecessor in its own chain (one index probe). Both lookups
 * follow the chronology's order and the same in-force rule as the chains.
 */
export async function topicStandingsInSql(reader: ReadScope, scope: FactScope): Promise<TopicStanding[]> {
  const rows = await reader.db.$queryRaw<
    { topicId: string; highest: number; lowest: number; parties: bigint; unmovedOn: Date | null; unmovedPrecision: DatePrecision | null }[]
  >`
    WITH latest AS (${latestCells(reader, scope)}),
    standing AS (
      SELECT l."topicId", max(${score("l")}) AS highest, min(${score("l")}) AS lowest, count(*) AS parties
      FROM latest l
      JOIN "Party" pa ON pa.id = l."partyId" AND ${visibleSql(reader, "pa")}
      JOIN "Topic" tp ON tp.id = l."topicId" AND ${visibleSql(reader, "tp")}
      GROUP BY l."topicId"
    )
    SELECT st."topicId", st.highest, st.lowest, st.parties, moved."statedOn" AS "unmovedOn", moved."datePrecision"::text AS "unmovedPrecision"
    FROM standing st
    LEFT JOIN LATERAL (
      SELECT r."statedOn", r."datePrecision"
      FROM "Position" r
      JOIN "Party" pa ON pa.id = r."partyId" AND ${visibleSql(reader, "pa")}
      WHERE r."topicId" = st."topicId" AND ${inChain(reader, scope, "r")}
        AND CASE WHEN r."reportedMovement" IS NOT NULL THEN r."reportedMovement" <> 'UNCHANGED'
          ELSE (
            SELECT q.stance FROM "Position" q
            WHERE q."partyId" = r."partyId" AND q."topicId" = r."topicId" AND ${inChain(reader, scope, "q")}
              AND (q."statedOn", ${lastDay("q")}, q.id) < (r."statedOn", ${lastDay("r")}, r.id)
            ORDER BY q."statedOn" DESC, ${lastDay("q")} DESC, q.id DESC
            LIMIT 1
          ) IS DISTINCT FROM r.stance END
      ORDER BY r."statedOn" DESC, ${lastDay("r")} DESC, r.id DESC
      LIMIT 1
    ) moved ON true`;
  return rows.map((r) => ({
    topicId: r.topicId,
    highest: Number(r.highest),
    lowest: Number(r.lowest),
    parties: Number(r.parties),
    unmovedSince: r.unmovedOn && r.unmovedPrecision ? { on: r.unmovedOn, precision: r.unmovedPrecision } : null,
  }));
}
