import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stickingPoints, type DatePrecision, type Movement, type Stance } from "@parley/domain";
import { startTestApi, type TestApi } from "../testing/harness.js";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api?.stop();
});

const EVIDENCE = `evidence { quote startOffset endOffset attribution article { title url } }`;

describe("timeline", () => {
  it("shows how Russia's stance on the Donbas moved, oldest first, each step with its quotes", async () => {
    const { data, errors } = await api.gql<{
      timeline: {
        entries: {
          at: { on: string | null };
          movement: string;
          position: { stance: string; evidence: unknown[] } | null;
          demand: { summary: string } | null;
        }[];
      };
    }>(
      `{ timeline(party: "russia", topic: "donbas") { party { name } topic { name } entries { at { on precision } movement position { stance summary ${EVIDENCE} } demand { summary evidence { quote } } } } }`,
    );
    expect(errors).toBeUndefined();
    const entries = data!.timeline.entries;
    const positions = entries.filter((e) => e.position);
    expect(positions.length).toBeGreaterThanOrEqual(2);
    expect(positions[0]!.movement).toBe("NEW");
    const dates = entries.map((e) => e.at.on ?? "");
    expect([...dates].sort()).toEqual(dates);
    for (const p of positions) expect(p.position!.evidence.length).toBeGreaterThan(0);
  });

  it("narrows to a window of days, keeping each position's movement against earlier ones", async () => {
    const query = `query($from: Date, $to: Date) { timeline(party: "russia", topic: "territory", from: $from, to: $to) { entries { at { on } movement position { id } demand { id } } } }`;
    type Entries = { timeline: { entries: { at: { on: string | null }; movement: string; position: { id: string } | null }[] } };
    const all = await api.gql<Entries>(query, {});
    const dated = all.data!.timeline.entries.filter((e) => e.position && e.at.on);
    expect(dated.length).toBeGreaterThanOrEqual(2);
    const from = dated.at(-1)!.at.on!; // the last day with a position: the window holds only the latest ones
    const window = await api.gql<Entries>(query, { from, to: "2026-12-31" });
    expect(window.errors).toBeUndefined();
    const entries = window.data!.timeline.entries;
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.length).toBeLessThan(all.data!.timeline.entries.length);
    for (const e of entries) expect(e.at.on! >= from).toBe(true);
    const movementIn = new Map(all.data!.timeline.entries.filter((e) => e.position).map((e) => [e.position!.id, e.movement]));
    for (const e of entries.filter((x) => x.position)) expect(e.movement).toBe(movementIn.get(e.position!.id));
  });

  it("names the argument when a slug does not exist", async () => {
    const { errors } = await api.gql(`{ timeline(party: "atlantis", topic: "donbas") { entries { movement } } }`);
    expect(errors?.[0]?.extensions).toMatchObject({ code: "NOT_FOUND", argument: "party" });
  });
});

describe("comparison", () => {
  it("puts the parties side by side at the second Abu Dhabi round, each cell with its evidence count", async () => {
    const { data, errors } = await api.gql<{
      comparison: {
        parties: { slug: string }[];
        cells: { party: { slug: string }; topic: { slug: string }; stance: string; evidenceCount: number; stated: { on: string | null } }[];
      };
    }>(
      `{ comparison(at: { round: "abu-dhabi-2" }) { parties { slug } topics { slug } cells { party { slug } topic { slug } stance summary evidenceCount stated { on } statedAtRound position { ${EVIDENCE} } } } }`,
    );
    expect(errors).toBeUndefined();
    const parties = data!.comparison.parties.map((p) => p.slug);
    expect(parties).toEqual(expect.arrayContaining(["russia", "ukraine", "united-states"]));
    for (const cell of data!.comparison.cells) {
      expect(cell.evidenceCount).toBeGreaterThan(0);
      expect(cell.stated.on === null || cell.stated.on <= "2026-02-05").toBe(true);
    }
  });

  it("follows one party across rounds", async () => {
    const { data, errors } = await api.gql<{ partyAcrossRounds: { rounds: { slug: string }[]; cells: { round: { slug: string } | null }[] } }>(
      `{ partyAcrossRounds(party: "ukraine", process: "abu-dhabi-trilateral") { rounds { slug } cells { round { slug } topic { slug } stance } } }`,
    );
    expect(errors).toBeUndefined();
    expect(data!.partyAcrossRounds.rounds.map((r) => r.slug)).toEqual(["abu-dhabi-1", "abu-dhabi-2"]);
    expect(data!.partyAcrossRounds.cells.every((c) => c.round !== null)).toBe(true);
  });

  it("rejects a point that is both a round and a date", async () => {
    const { errors } = await api.gql(`{ comparison(at: { round: "abu-dhabi-2", date: "2026-02-01" }) { cells { stance } } }`);
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "at" });
  });
});

describe("diff", () => {
  it("says what each party stated anew at the second round, and what it did not restate", async () => {
    type Diff = { diff: { change: string; reportedMovement: string | null; before: { id: string } | null; after: { id: string } | null }[] };
    const { data, errors } = await api.gql<Diff>(
      `{ diff(from: { round: "abu-dhabi-1" }, to: { round: "abu-dhabi-2" }, basis: STATED_AT_ROUND) { change reportedMovement before { id } after { id } } }`,
    );
    expect(errors).toBeUndefined();
    expect(data!.diff.length).toBeGreaterThan(0);
    // Each change matches the sides it has: only at the later round it is NEW (or the movement its source
    // reports: effectiveMovement), only at the earlier DROPPED, the rest at both.
    const sides = (e: Diff["diff"][number]) => (e.before ? "before" : "") + (e.after ? "after" : "");
    expect(data!.diff.map((e) => [e.change, sides(e)])).toEqual(
      data!.diff.map((e) => [
        e.change,
        e.change === "NEW" || (e.reportedMovement !== null && e.change === e.reportedMovement && !e.before)
          ? "after"
          : e.change === "DROPPED"
            ? "before"
            : "beforeafter",
      ]),
    );
    const bad = await api.gql(`{ diff(from: { date: "2026-01-01" }, to: { round: "abu-dhabi-2" }, basis: STATED_AT_ROUND) { change } }`);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "basis" });
  });

  it("says what changed between the two Abu Dhabi rounds, with evidence on both sides", async () => {
    const { data, errors } = await api.gql<{ diff: { change: string; before: { evidence: unknown[] } | null; after: { evidence: unknown[] } | null }[] }>(
      `{ diff(from: { round: "abu-dhabi-1" }, to: { round: "abu-dhabi-2" }) { party { slug } topic { slug } change before { stance ${EVIDENCE} } after { stance ${EVIDENCE} } } }`,
    );
    expect(errors).toBeUndefined();
    expect(data!.diff.length).toBeGreaterThan(0);
    for (const entry of data!.diff) {
      if (entry.change === "NEW") expect(entry.before).toBeNull();
      if (entry.change === "DROPPED") expect(entry.after).toBeNull();
      for (const side of [entry.before, entry.after]) if (side) expect(side.evidence.length).toBeGreaterThan(0);
    }
  });

  it("between two dates, finds what was stated in the period before `from` and not restated up to `to` (STATED_BETWEEN)", async () => {
    const [from, to] = ["2026-01-31", "2026-02-28"]; // periods (3 Jan, 31 Jan] and (31 Jan, 28 Feb]
    const { data, errors } = await api.gql<{
      diff: {
        change: string;
        party: { slug: string };
        topic: { slug: string };
        before: { stated: { on: string } } | null;
        after: { stated: { on: string } } | null;
      }[];
    }>(
      `query($from: Date!, $to: Date!) { diff(from: { date: $from }, to: { date: $to }, basis: STATED_BETWEEN) { change party { slug } topic { slug } before { stated { on } } after { stated { on } } } }`,
      { from, to },
    );
    expect(errors).toBeUndefined();
    const dropped = data!.diff.filter((e) => e.change === "DROPPED");
    expect(dropped.length).toBeGreaterThan(0);
    for (const entry of dropped) {
      expect(entry.after).toBeNull();
      expect(entry.before!.stated.on > "2026-01-03" && entry.before!.stated.on <= from).toBe(true);
      // Checked independently: the party said nothing on exactly this topic in the later period.
      const later = await api.gql<{ positions: { totalCount: number } }>(
        `query($p: [String!], $t: String) { positions(filter: { parties: $p, topic: $t, includeSubtopics: false, stated: { from: "2026-02-01", to: "${to}" } }) { totalCount } }`,
        { p: [entry.party.slug], t: entry.topic.slug },
      );
      expect(later.data!.positions.totalCount).toBe(0);
    }
    for (const entry of data!.diff.filter((e) => e.after)) expect(entry.after!.stated.on > from && entry.after!.stated.on <= to).toBe(true);
    const backwards = await api.gql(`{ diff(from: { date: "2026-02-28" }, to: { date: "2026-01-31" }, basis: STATED_BETWEEN) { change } }`);
    expect(backwards.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "to" });
  });

  it("compares two dates by the latest positions as of each", async () => {
    const { data, errors } = await api.gql<{ diff: { change: string }[] }>(
      `{ diff(from: { date: "2025-01-01" }, to: { date: "2026-03-01" }, parties: ["russia"]) { change topic { slug } } }`,
    );
    expect(errors).toBeUndefined();
    expect(data!.diff.some((e) => e.change !== "DROPPED")).toBe(true);
  });
});

describe("sticking points", () => {
  it("ranks territory-related topics among the stuck ones, with the parties' latest positions", async () => {
    const { data, errors } = await api.gql<{
      stickingPoints: { topic: { slug: string; path: string }; gap: number; score: number; positions: { party: { slug: string } }[] }[];
    }>(
      `{ stickingPoints(asOf: "2026-03-01", first: 10) { topic { slug path } gap unmovedSince unmovedDays score positions { party { slug } stance ${EVIDENCE} } } }`,
    );
    expect(errors).toBeUndefined();
    const points = data!.stickingPoints;
    expect(points.length).toBeGreaterThan(0);
    expect(points.some((p) => p.topic.path.startsWith("territory"))).toBe(true);
    for (let i = 1; i < points.length; i++) expect(points[i - 1]!.score).toBeGreaterThanOrEqual(points[i]!.score);
    for (const p of points) expect(new Set(p.positions.map((x) => x.party.slug)).size).toBeGreaterThanOrEqual(2);
  });

  it("computed in SQL, agree with the domain rule applied to every position", async () => {
    const { data } = await api.gql<{
      positions: {
        edges: {
          node: {
            id: string;
            stance: string;
            reportedMovement: Movement | null;
            stated: { on: string | null; precision: DatePrecision };
            party: { id: string };
            topic: { id: string };
          };
        }[];
      };
    }>(`{ positions(first: 100) { edges { node { id stance reportedMovement stated { on precision } party { id } topic { id } } } } }`);
    const facts = data!.positions.edges.map(({ node }) => ({
      id: node.id,
      partyId: node.party.id,
      topicId: node.topic.id,
      roundId: null,
      stance: node.stance as Stance,
      statedOn: node.stated.on ? new Date(`${node.stated.on}T00:00:00Z`) : null,
      datePrecision: node.stated.precision,
      reportedMovement: node.reportedMovement,
    }));
    const expected = stickingPoints(facts, new Date("2026-03-01T00:00:00Z")).slice(0, 10);
    const got = await api.gql<{ stickingPoints: { topic: { id: string }; gap: number; unmovedSinceDate: { on: string | null; precision: string } | null }[] }>(
      `{ stickingPoints(asOf: "2026-03-01", first: 10) { topic { id } gap unmovedSinceDate { on precision } } }`,
    );
    expect(got.data!.stickingPoints.map((p) => [p.topic.id, p.gap, p.unmovedSinceDate])).toEqual(
      expected.map((p) => [
        p.topicId,
        p.gap,
        p.unmovedSince ? { on: p.unmovedSince.on?.toISOString().slice(0, 10) ?? null, precision: p.unmovedSince.precision } : null,
      ]),
    );
  });

  it("rejects a date in the wrong format", async () => {
    const { errors } = await api.gql(`{ stickingPoints(asOf: "01-03-2026") { gap } }`);
    expect(errors?.[0]?.extensions?.code).toMatch(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/);
  });
});
