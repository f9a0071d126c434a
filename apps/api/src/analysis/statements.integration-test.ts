// The SQL statements a request makes must not grow with the size of its result (no N+1).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../testing/harness.js";

let api: TestApi;
let statements = 0;
const EXTRA_ROUNDS = 100;
const EXTRA_POSITIONS = 150;

beforeAll(async () => {
  api = await startTestApi({ onQuery: () => void statements++ });
  // The seed is small (41 positions, a dozen rounds): add published rounds and positions, each position
  // with a quote, so that a page of 100 is full and nested lists are not empty.
  const db = api.database.db;
  await db.$executeRaw`
    INSERT INTO "Round" (id, slug, title, format, "roundStatus", "startDate", "startDatePrecision", status, "updatedAt")
    SELECT gen_random_uuid(), 'extra-round-' || lpad(g::text, 3, '0'), 'Extra round ' || g, 'BILATERAL', 'HELD',
           date '2024-01-01' + g, 'DAY', 'PUBLISHED', now()
    FROM generate_series(1, ${EXTRA_ROUNDS}) AS g`;
  await db.$executeRaw`
    WITH p AS (SELECT id, row_number() OVER (ORDER BY slug) - 1 AS i, count(*) OVER () AS n FROM "Party" WHERE status = 'PUBLISHED' AND "deletedAt" IS NULL),
         t AS (SELECT id, row_number() OVER (ORDER BY path) - 1 AS i, count(*) OVER () AS n FROM "Topic" WHERE status = 'PUBLISHED' AND "deletedAt" IS NULL),
         r AS (SELECT id, row_number() OVER (ORDER BY slug) - 1 AS i, count(*) OVER () AS n FROM "Round" WHERE slug LIKE 'extra-round-%'),
         g AS (SELECT generate_series(0, ${EXTRA_POSITIONS} - 1) AS k)
    INSERT INTO "Position" (id, "partyId", "topicId", "roundId", stance, summary, "statedOn", "datePrecision", status, "updatedAt")
    SELECT gen_random_uuid(), p.id, t.id, r.id, (ARRAY['DEMANDS', 'SUPPORTS', 'OPPOSES', 'REJECTS'])[1 + g.k % 4]::"Stance",
           'Extra position ' || g.k, date '2024-01-01' + g.k, 'DAY', 'PUBLISHED', now()
    FROM g JOIN p ON p.i = g.k % p.n JOIN t ON t.i = g.k % t.n JOIN r ON r.i = g.k % r.n`;
  await db.$executeRaw`
    WITH e AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS i, count(*) OVER () AS n FROM "Evidence" WHERE status = 'PUBLISHED' AND "deletedAt" IS NULL),
         x AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS k FROM "Position" WHERE summary LIKE 'Extra position %')
    INSERT INTO "PositionEvidence" ("positionId", "evidenceId") SELECT x.id, e.id FROM x JOIN e ON e.i = x.k % e.n`;
});
afterAll(async () => {
  await api?.stop();
});

async function run<T>(query: string, variables: Record<string, unknown>): Promise<{ count: number; data: T }> {
  statements = 0;
  const { data, errors } = await api.gql<T>(query, variables);
  expect(errors, JSON.stringify(errors)).toBeUndefined();
  return { count: statements, data: data! };
}

interface Page<T> {
  totalCount: number;
  edges: { node: T }[];
}

/**
 * No size costs more statements than the smallest page, and pages of 10 and 100 cost the same (the counter
 * works: more than none). The first request may cost one more: an exact count is cached per filter on the
 * data version, so the later sizes reuse it.
 */
function expectFlat(counts: number[]) {
  expect(counts[0]).toBeGreaterThan(0);
  for (const c of counts) expect(c).toBeLessThanOrEqual(counts[0] ?? 0);
  expect(counts[counts.length - 1]).toBe(counts[1]);
}

/** A page holds n edges, or all there are when fewer. */
function expectFull(page: Page<unknown>, n: number) {
  expect(page.edges.length).toBe(Math.min(n, page.totalCount));
}

const SIZES = [1, 10, 100];

describe("statements per request do not grow with page size", () => {
  it("positions with party, topic, evidence and round; a page of 100 is full", async () => {
    const query = `query($n: Int!) {
      positions(first: $n) { totalCount edges { node {
        stance party { name aliases { name } } topic { name parent { name } }
        evidence { quote article { title outlet { name } } speaker { name } }
        round { title participants { role party { name } } }
      } } }
    }`;
    const counts = [];
    for (const n of SIZES) {
      const { count, data } = await run<{ positions: Page<{ evidence: unknown[] }> }>(query, { n });
      expect(data.positions.totalCount).toBeGreaterThanOrEqual(100 + 41);
      expect(data.positions.edges.length).toBe(n);
      expect(data.positions.edges.some((e) => e.node.evidence.length > 0)).toBe(true);
      counts.push(count);
    }
    expectFlat(counts);
  });

  it("rounds with delegations and positions; a page of 100 is full", async () => {
    const query = `query($n: Int!) {
      rounds(first: $n) { totalCount edges { node {
        title delegations { party { name } members { role person { name aliases { name } } } }
        positions(first: $n) { totalCount edges { node { stance evidence { quote } } } }
      } } }
    }`;
    const counts = [];
    for (const n of SIZES) {
      const { count, data } = await run<{ rounds: Page<{ positions: Page<unknown> }> }>(query, { n });
      expect(data.rounds.edges.length).toBe(n);
      for (const r of data.rounds.edges) expectFull(r.node.positions, n);
      counts.push(count);
    }
    expectFlat(counts);
  });

  it("articles → quotes → the positions and demands each supports", async () => {
    const query = `query($n: Int!) {
      articles(first: 5) { edges { node { title
        evidence(first: $n) { totalCount edges { node { quote positions { stance party { name } topic { name } } demands { summary fromParty { name } } } } }
      } } }
    }`;
    const counts = [];
    let quotes = 0;
    for (const n of SIZES) {
      const { count, data } = await run<{ articles: Page<{ evidence: Page<{ positions: unknown[] }> }> }>(query, { n });
      const pages = data.articles.edges.map((a) => a.node.evidence);
      for (const page of pages) expectFull(page, n);
      const returned = pages.reduce((sum, p) => sum + p.edges.length, 0);
      expect(returned).toBeGreaterThan(quotes);
      quotes = returned;
      counts.push(count);
    }
    expect(quotes).toBeGreaterThanOrEqual(100);
    expectFlat(counts);
  });

  it("positions → their quotes and quotes → what they support, as connections", async () => {
    const query = `query($n: Int!) {
      positions(first: $n) { totalCount edges { node { stance
        quotes(first: 10) { totalCount edges { node { quote article { title }
          supportedPositions(first: 5) { totalCount edges { node { stance party { name } } } }
          supportedDemands(first: 5) { totalCount edges { node { summary } } }
        } } }
      } } }
    }`;
    const counts = [];
    for (const n of SIZES) {
      const { count, data } = await run<{ positions: Page<{ quotes: Page<{ supportedPositions: Page<unknown> }> }> }>(query, { n });
      expect(data.positions.edges.length).toBe(n);
      for (const p of data.positions.edges) {
        expectFull(p.node.quotes, 10);
        for (const q of p.node.quotes.edges) expectFull(q.node.supportedPositions, 5);
      }
      counts.push(count);
    }
    expectFlat(counts);
  });

  it("people → their quotes", async () => {
    const query = `query($n: Int!) {
      people(first: $n) { totalCount edges { node { name quotes(first: $n) { totalCount edges { node { quote article { title } positions { stance } } } } } } }
    }`;
    const counts = [];
    for (const n of SIZES) {
      const { count, data } = await run<{ people: Page<{ quotes: Page<unknown> }> }>(query, { n });
      expectFull(data.people, n);
      for (const p of data.people.edges) expectFull(p.node.quotes, n);
      counts.push(count);
    }
    expectFlat(counts);
  });

  it("parties → their positions", async () => {
    const query = `query($n: Int!) {
      parties(first: $n) { totalCount edges { node { name positions(first: $n) { totalCount edges { node { stance topic { name } round { title } evidence { quote } } } } } } }
    }`;
    const counts = [];
    for (const n of SIZES) {
      const { count, data } = await run<{ parties: Page<{ positions: Page<unknown> }> }>(query, { n });
      expectFull(data.parties, n);
      for (const p of data.parties.edges) expectFull(p.node.positions, n);
      counts.push(count);
    }
    expectFlat(counts);
  });
});

describe("statements per analysis do not grow with the result", () => {
  it("sticking points", async () => {
    const q = `query($n: Int!) { stickingPoints(first: $n, asOf: "2026-03-01") { topic { name aliases { name } } positions { party { name } evidence { quote article { title } } } } }`;
    const small = await run<{ stickingPoints: unknown[] }>(q, { n: 1 });
    const large = await run<{ stickingPoints: unknown[] }>(q, { n: 50 });
    expect(large.data.stickingPoints.length).toBeGreaterThan(small.data.stickingPoints.length);
    expectFlat([small.count, large.count]);
  });

  it("comparison: one party, then every party", async () => {
    const q = `query($p: [String!]) { comparison(at: { date: "2026-03-01" }, parties: $p) { parties { name } topics { name } cells { stance party { name } topic { name } position { evidence { quote article { title } } } } } }`;
    const sizes = [];
    const counts = [];
    const all = (await api.gql<{ parties: Page<{ slug: string }> }>(`{ parties(first: 100) { totalCount edges { node { slug } } } }`)).data!.parties.edges.map(
      (e) => e.node.slug,
    );
    // Always name the parties: leaving them out skips their lookup, one statement fewer whatever the size.
    for (const parties of [["russia"], ["russia", "ukraine", "united-states"], all]) {
      const { count, data } = await run<{ comparison: { cells: unknown[] } }>(q, { p: parties });
      sizes.push(data.comparison.cells.length);
      counts.push(count);
    }
    expect(sizes[1]).toBeGreaterThan(sizes[0]!);
    expect(sizes[2]).toBeGreaterThan(sizes[1]!);
    expectFlat(counts);
  });

  it("diff: a narrow, then a wide window", async () => {
    const q = `query($from: Date!, $to: Date!) { diff(from: { date: $from }, to: { date: $to }) { change party { name } topic { name } before { stance evidence { quote } } after { stance evidence { quote } } } }`;
    const sizes = [];
    const counts = [];
    for (const [from, to] of [
      ["2024-02-01", "2024-02-10"],
      ["2024-01-01", "2024-04-01"],
      ["2023-01-01", "2026-03-01"],
    ]) {
      const { count, data } = await run<{ diff: { change: string }[] }>(q, { from, to });
      sizes.push(data.diff.filter((d) => d.change !== "UNCHANGED").length);
      counts.push(count);
    }
    expect(sizes[1]).toBeGreaterThan(sizes[0]!);
    expect(sizes[2]).toBeGreaterThan(sizes[1]!);
    expectFlat(counts);
  });

  it("timeline: a narrow topic, then its whole tree", async () => {
    const q = `query($topic: String!, $sub: Boolean) { timeline(party: "russia", topic: $topic, includeSubtopics: $sub) { entries { movement position { stance evidence { quote article { title } } } demand { summary evidence { quote } } } } }`;
    const sizes = [];
    const counts = [];
    for (const [topic, sub] of [
      ["donbas", false],
      ["donbas", true],
      ["territory", true],
    ] as const) {
      const { count, data } = await run<{ timeline: { entries: unknown[] } }>(q, { topic, sub });
      sizes.push(data.timeline.entries.length);
      counts.push(count);
    }
    expect(sizes[2]).toBeGreaterThan(sizes[0]!);
    expectFlat(counts);
  });
});
