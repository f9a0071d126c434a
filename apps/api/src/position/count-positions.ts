// The positions list's count in one statement: the visibility rule as SQL (visibility/visibility.ts), a
// position on a hidden party or topic left out by an anti-join against the hidden ones only (usually none,
// so nothing is joined row by row), and enum criteria written as constants, which PostgreSQL resolves once
// when it plans (Prisma binds them as `CAST($1::text AS "EditorialStatus")`, evaluated for every row).
import { Prisma } from "@parley/db";
import { canSeeDrafts, visibleSql, type ReadScope } from "../visibility/visibility.js";
import type { ResolvedPositionFilter } from "./list-positions.js";

/** An enum value as an SQL constant; the values come from GraphQL enums, checked again here. */
function enumConstant(value: string): Prisma.Sql {
  if (!/^[A-Z_]+$/.test(value)) throw new Error(`not an enum value: ${value}`);
  return Prisma.raw(`'${value}'`);
}

const constants = (values: readonly string[]) => Prisma.join(values.map(enumConstant));

/** LIKE's wildcards escaped, so a text is matched as written (as Prisma's `contains` and `startsWith` do). */
const likeEscaped = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

export function positionCountSql(reader: ReadScope, f: ResolvedPositionFilter): Prisma.Sql {
  const conditions: Prisma.Sql[] = [
    visibleSql(reader, "p"),
    Prisma.sql`NOT EXISTS (SELECT 1 FROM "Party" pa WHERE pa.id = p."partyId" AND NOT (${visibleSql(reader, "pa")}))`,
    Prisma.sql`NOT EXISTS (SELECT 1 FROM "Topic" t WHERE t.id = p."topicId" AND NOT (${visibleSql(reader, "t")}))`,
  ];
  if (f.status && canSeeDrafts(reader.viewer)) conditions.push(Prisma.sql`p.status = ${enumConstant(f.status)}`);
  if (f.partyIds) conditions.push(Prisma.sql`p."partyId" = ANY(${f.partyIds}::uuid[])`);
  if (f.topic) {
    const subtree = f.topic.includeSubtopics ? Prisma.sql` OR t.path LIKE ${`${likeEscaped(f.topic.path)}/%`}` : Prisma.empty;
    conditions.push(Prisma.sql`p."topicId" IN (SELECT t.id FROM "Topic" t WHERE ${visibleSql(reader, "t")} AND (t.id = ${f.topic.id}::uuid${subtree}))`);
  }
  if (f.roundId) conditions.push(Prisma.sql`p."roundId" = ${f.roundId}::uuid`);
  if (f.processId) conditions.push(Prisma.sql`p."roundId" IN (SELECT r.id FROM "Round" r WHERE r."processId" = ${f.processId}::uuid)`);
  if (f.speakerId) conditions.push(Prisma.sql`p."speakerPersonId" = ${f.speakerId}::uuid`);
  if (f.stances) conditions.push(Prisma.sql`p.stance IN (${constants(f.stances)})`);
  // The effective movement (@parley/domain effectiveMovement), as the list filters it.
  if (f.movements) conditions.push(Prisma.sql`COALESCE(p."reportedMovement", p.movement) IN (${constants(f.movements)})`);
  if (f.stated?.gte) conditions.push(Prisma.sql`p."statedOn" >= ${f.stated.gte}`);
  if (f.stated?.lte) conditions.push(Prisma.sql`p."statedOn" <= ${f.stated.lte}`);
  if (f.text) conditions.push(Prisma.sql`p.summary ILIKE ${`%${likeEscaped(f.text)}%`}`);
  return Prisma.sql`SELECT count(*)::int AS n FROM "Position" p WHERE ${Prisma.join(conditions, " AND ")}`;
}

export async function countPositions(reader: ReadScope, f: ResolvedPositionFilter): Promise<number> {
  const rows = await reader.db.$queryRaw<{ n: number }[]>(positionCountSql(reader, f));
  return rows[0]?.n ?? 0;
}
