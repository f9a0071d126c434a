// The SQL path of the analyses (position-facts-sql.ts) against the domain's rules over every position the
// caller may read, at many days and for both kinds of reader, on chains built to catch the chronology's edge
// cases: a YEAR ordered before a later DAY yet in force only after it, a MONTH containing the day, undated
// statements, reported movements (UNCHANGED included), drafts only staff see, deleted statements.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeGlobalID } from "@pothos/plugin-relay";
import { latestPerCell, stickingPoints, type PositionFact } from "@parley/domain";
import { startTestApi, type TestApi } from "../testing/harness.js";
import { signedInAs } from "../testing/users.js";

let api: TestApi;
let staff: Record<string, string>;

const DAYS = ["2025-01-15", "2025-02-10", "2025-02-28", "2025-03-01", "2025-06-15", "2025-12-30", "2025-12-31", "2026-01-15", "2026-03-01", "2099-12-31"];

beforeAll(async () => {
  api = await startTestApi();
  staff = { cookie: (await signedInAs(api, ["EDITOR"])).EDITOR };
  const db = api.database.db;
  // Four published parties × three published topics, each cell a chain of its own (offset by the party's
  // and the topic's rank so the cells differ): the stances cycle, so some cells move and some do not.
  await db.$executeRaw`
    WITH pa AS (SELECT id, row_number() OVER (ORDER BY slug) - 1 AS i FROM "Party" WHERE status = 'PUBLISHED' AND "deletedAt" IS NULL ORDER BY slug LIMIT 4),
         tp AS (SELECT id, row_number() OVER (ORDER BY path) - 1 AS j FROM "Topic" WHERE status = 'PUBLISHED' AND "deletedAt" IS NULL ORDER BY path LIMIT 3),
         chain (k, "statedOn", "datePrecision", "reportedMovement", status, deleted) AS (VALUES
           (0, date '2025-01-01', 'YEAR', NULL, 'PUBLISHED', false),
           (1, date '2025-02-01', 'DAY', NULL, 'PUBLISHED', false),
           (2, date '2025-02-01', 'MONTH', NULL, 'PUBLISHED', false),
           (3, date '2025-06-15', 'DAY', 'HARDENED', 'PUBLISHED', false),
           (4, date '2025-06-15', 'DAY', 'UNCHANGED', 'PUBLISHED', false),
           (5, NULL, 'UNKNOWN', NULL, 'PUBLISHED', false),
           (6, date '2025-12-01', 'DAY', NULL, 'DRAFT', false),
           (7, date '2025-12-02', 'DAY', NULL, 'PUBLISHED', true),
           (8, date '2026-01-01', 'MONTH', 'UNCHANGED', 'PUBLISHED', false))
    INSERT INTO "Position" (id, "partyId", "topicId", stance, summary, "statedOn", "datePrecision", "reportedMovement", "reportedMovementEvidenceId", status, "deletedAt", "updatedAt")
    SELECT gen_random_uuid(), pa.id, tp.id,
           (ARRAY['DEMANDS', 'SUPPORTS', 'OPPOSES', 'REJECTS'])[1 + ((chain.k * (pa.i + 1) + tp.j) / 2) % 4]::"Stance",
           'Edge case ' || chain.k, chain."statedOn", chain."datePrecision"::"DatePrecision", chain."reportedMovement"::"Movement",
           -- A reported movement comes with its quote (a check constraint): any quote will do here.
           CASE WHEN chain."reportedMovement" IS NOT NULL THEN (SELECT id FROM "Evidence" ORDER BY id LIMIT 1) END,
           chain.status::"EditorialStatus", CASE WHEN chain.deleted THEN now() END, now()
    FROM pa CROSS JOIN tp CROSS JOIN chain
    -- Not every cell has every statement: the chains differ in length and in what they end with.
    WHERE (chain.k + pa.i + tp.j) % 5 <> 4`;
});
afterAll(async () => {
  await api?.stop();
});

const rawId = (globalId: string) => decodeGlobalID(globalId).id;

/** Every position the reader may read (the rule of visibility.ts, written out here independently). */
async function readableFacts(drafts: boolean): Promise<PositionFact[]> {
  const live = drafts ? { deletedAt: null } : { deletedAt: null, status: "PUBLISHED" as const };
  return api.database.db.position.findMany({
    where: { ...live, party: live, topic: live },
    select: { id: true, partyId: true, topicId: true, roundId: true, stance: true, statedOn: true, datePrecision: true, reportedMovement: true },
  });
}

const readers = [
  { name: "a partner (published only)", drafts: false, headers: () => ({}) },
  { name: "staff (drafts too)", drafts: true, headers: () => ({ cookie: staff.cookie ?? "" }) },
];

describe.each(readers)("the SQL path, read by $name", ({ drafts, headers }) => {
  it("finds each cell's latest position in force as the domain does, at every day", async () => {
    const facts = await readableFacts(drafts);
    for (const day of DAYS) {
      const { data, errors } = await api.gql<{ comparison: { cells: { position: { id: string } }[] } }>(
        `{ comparison(at: { date: "${day}" }) { cells { position { id } } } }`,
        {},
        headers(),
      );
      expect(errors, day).toBeUndefined();
      const expected = [...latestPerCell(facts, new Date(`${day}T00:00:00Z`)).values()].map((p) => p.id).sort();
      expect(data!.comparison.cells.map((c) => rawId(c.position.id)).sort(), day).toEqual(expected);
    }
  });

  it("ranks the sticking points as the domain does over the full chains, at every day", async () => {
    const facts = await readableFacts(drafts);
    let compared = 0;
    for (const day of DAYS) {
      const { data, errors } = await api.gql<{
        stickingPoints: {
          topic: { id: string };
          gap: number;
          score: number;
          unmovedSinceDate: { on: string | null; precision: string } | null;
          positions: { id: string }[];
        }[];
      }>(`{ stickingPoints(asOf: "${day}", first: 100) { topic { id } gap score unmovedSinceDate { on precision } positions { id } } }`, {}, headers());
      expect(errors, day).toBeUndefined();
      const expected = stickingPoints(facts, new Date(`${day}T00:00:00Z`)).slice(0, 100);
      compared += expected.length;
      expect(
        data!.stickingPoints.map((p) => [rawId(p.topic.id), p.gap, p.score, p.unmovedSinceDate, p.positions.map((x) => rawId(x.id)).sort()]),
        day,
      ).toEqual(
        expected.map((p) => [
          p.topicId,
          p.gap,
          p.score,
          p.unmovedSince ? { on: p.unmovedSince.on?.toISOString().slice(0, 10) ?? null, precision: p.unmovedSince.precision } : null,
          p.latest.map((x) => x.id).sort(),
        ]),
      );
    }
    // The comparison is not vacuous: the days rank topics, and the edge-case chains are among them.
    expect(compared).toBeGreaterThan(DAYS.length);
  });
});

describe("the edge-case chains", () => {
  it("make the SQL path meet a MONTH, a YEAR and a reported UNCHANGED in a trailing run", async () => {
    // Guards the fixture: without these the comparisons above would not exercise the edge cases.
    const counts = await api.database.db.$queryRaw<{ precision: string; reported: string | null; n: bigint }[]>`
      SELECT "datePrecision"::text AS precision, "reportedMovement"::text AS reported, count(*) AS n FROM "Position"
      WHERE summary LIKE 'Edge case %' GROUP BY 1, 2`;
    const has = (precision: string, reported: string | null) => counts.some((c) => c.precision === precision && c.reported === reported && c.n > 0n);
    expect(has("YEAR", null) && has("MONTH", null) && has("UNKNOWN", null) && has("DAY", "UNCHANGED") && has("MONTH", "UNCHANGED")).toBe(true);
  });
});
