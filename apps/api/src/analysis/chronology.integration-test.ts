// The chronology rule (@parley/domain chronology) in the analyses, over HTTP on the seeded data: reported
// movement counts, an undated statement is never in force, partial dates stay partial.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../testing/harness.js";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api?.stop();
});

interface Stated {
  on: string | null;
  precision: string;
}

describe("reported movement", () => {
  it("shows Ukraine's hardening after the February strikes as HARDENED between the two Abu Dhabi rounds", async () => {
    const { data, errors } = await api.gql<{
      diff: {
        party: { slug: string };
        topic: { slug: string };
        change: string;
        reportedMovement: string | null;
        after: { stance: string; movement: string; reportedMovement: string | null; reportedMovementEvidence: { quote: string } | null } | null;
        before: { stance: string } | null;
      }[];
    }>(
      `{ diff(from: { round: "abu-dhabi-1" }, to: { round: "abu-dhabi-2" }, parties: ["ukraine"], topic: "territory", includeSubtopics: false) {
          party { slug } topic { slug } change reportedMovement
          before { stance } after { stance movement reportedMovement reportedMovementEvidence { quote } } } }`,
    );
    expect(errors).toBeUndefined();
    const territory = data?.diff.find((d) => d.party.slug === "ukraine" && d.topic.slug === "territory");
    // Ukraine's earlier stance on territory (article 004) is undated, so nothing was in force at round 1:
    // without the reported movement this cell would be NEW.
    expect(territory).toMatchObject({ change: "HARDENED", reportedMovement: "HARDENED", before: null });
    expect(territory?.after).toMatchObject({ stance: "REJECTS", movement: "NEW", reportedMovement: "HARDENED" });
    expect(territory?.after?.reportedMovementEvidence?.quote).toMatch(/aangescherpt|verhard/i);
  });

  it("labels the timeline step with the reported movement, keeping the derived one beside it", async () => {
    const { data } = await api.gql<{
      timeline: {
        entries: { movement: string; derivedMovement: string; reportedMovement: string | null; at: Stated; position: { effectiveMovement: string } | null }[];
      };
    }>(
      `{ timeline(party: "ukraine", topic: "territory", includeSubtopics: false) { entries { movement derivedMovement reportedMovement at { on precision } position { effectiveMovement } } } }`,
    );
    const reported = data?.timeline.entries.filter((e) => e.reportedMovement) ?? [];
    expect(reported.length).toBeGreaterThan(0);
    for (const e of reported) {
      expect(e.movement).toBe(e.reportedMovement);
      expect(e.position?.effectiveMovement).toBe(e.reportedMovement);
    }
    // The undated statement of article 004 comes after the dated one, never before it.
    expect(data?.timeline.entries.at(-1)?.at.precision).toBe("UNKNOWN");
    expect(reported.some((e) => e.derivedMovement !== "HARDENED" && e.movement === "HARDENED")).toBe(true);
  });
});

describe("undated statements", () => {
  it("are never in force at a point of a comparison, however late", async () => {
    const undated = await api.gql<{ positions: { totalCount: number } }>(`{ positions(filter: { parties: ["russia"] }) { totalCount } }`);
    expect(undated.data?.positions.totalCount).toBeGreaterThan(0);
    for (const date of ["2026-03-01", "2099-12-31"]) {
      const { data, errors } = await api.gql<{ comparison: { cells: { stated: Stated }[] } }>(
        `{ comparison(at: { date: "${date}" }) { cells { stated { on precision } } } }`,
      );
      expect(errors).toBeUndefined();
      expect(data?.comparison.cells.length).toBeGreaterThan(0);
      expect(data?.comparison.cells.filter((c) => c.stated.precision === "UNKNOWN")).toEqual([]);
    }
  });

  it("come after every dated entry of a timeline", async () => {
    const { data } = await api.gql<{ timeline: { entries: { at: Stated }[] } }>(
      `{ timeline(party: "russia", topic: "territory") { entries { at { on precision } } } }`,
    );
    const entries = data?.timeline.entries ?? [];
    const firstUndated = entries.findIndex((e) => e.at.precision === "UNKNOWN");
    expect(firstUndated).toBeGreaterThan(0);
    expect(entries.slice(firstUndated).every((e) => e.at.precision === "UNKNOWN")).toBe(true);
  });
});

describe("partial dates", () => {
  it("are returned as partial dates by sticking points, never as an exact day", async () => {
    const { data, errors } = await api.gql<{ stickingPoints: { unmovedSince: string | null; unmovedSinceDate: Stated | null }[] }>(
      `{ stickingPoints(asOf: "2026-03-01", first: 100) { unmovedSince unmovedSinceDate { on precision } } }`,
    );
    expect(errors).toBeUndefined();
    const points = data?.stickingPoints ?? [];
    expect(points.length).toBeGreaterThan(0);
    for (const p of points) {
      if (p.unmovedSinceDate?.precision === "DAY") expect(p.unmovedSince).toBe(p.unmovedSinceDate.on);
      else expect(p.unmovedSince).toBeNull();
    }
  });
});
