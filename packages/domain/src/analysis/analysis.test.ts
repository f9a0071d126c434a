import { describe, expect, it } from "vitest";
import { diffPeriods, diffSnapshots, diffStatedBetween } from "./diff.js";
import { latestPerCell, statedAtRound, type PositionFact } from "./position-fact.js";
import { stickingPoints } from "./sticking-points.js";

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const p = (id: string, partyId: string, topicId: string, stance: PositionFact["stance"], on: string | null, roundId: string | null = null): PositionFact => ({
  id,
  partyId,
  topicId,
  stance,
  roundId,
  statedOn: on ? d(on) : null,
});

const positions = [
  p("1", "ru", "donbas", "DEMANDS", "2023-06-01"),
  p("2", "ru", "donbas", "DEMANDS", "2026-01-23", "r1"),
  p("3", "ua", "donbas", "REJECTS", "2026-01-23", "r1"),
  p("4", "ua", "donbas", "REJECTS", "2026-02-04", "r2"),
  p("5", "ru", "ceasefire", "OPPOSES", "2026-02-04", "r2"),
  p("6", "us", "ceasefire", "SUPPORTS", "2026-02-04", "r2"),
  p("7", "us", "donbas", "OPEN_TO", "2026-01-23", "r1"),
  p("8", "us", "donbas", "CONDITIONAL", "2026-02-04", "r2"),
];

describe("snapshots", () => {
  it("takes the latest position per party and topic as of a date", () => {
    const snap = latestPerCell(positions, d("2026-01-31"));
    expect([...snap.values()].map((x) => x.id).sort()).toEqual(["2", "3", "7"]);
  });
  it("takes the positions stated at a round", () => {
    expect([...statedAtRound(positions, "r2").values()].map((x) => x.id).sort()).toEqual(["4", "5", "6", "8"]);
  });
});

describe("diffSnapshots", () => {
  it("labels new, unchanged, moved and dropped cells", () => {
    const entries = diffSnapshots(statedAtRound(positions, "r1"), statedAtRound(positions, "r2"));
    const byCell = Object.fromEntries(entries.map((e) => [`${e.partyId}/${e.topicId}`, e.change]));
    expect(byCell).toEqual({ "ru/donbas": "DROPPED", "ua/donbas": "UNCHANGED", "ru/ceasefire": "NEW", "us/ceasefire": "NEW", "us/donbas": "HARDENED" });
  });
});

describe("diffStatedBetween", () => {
  it("compares what was said in the period up to `to` with the equally long period before `from`", () => {
    // Periods: (2026-01-14, 2026-01-28] and (2026-01-28, 2026-02-11].
    const entries = diffStatedBetween(positions, d("2026-01-28"), d("2026-02-11"));
    const byCell = Object.fromEntries(entries.map((e) => [`${e.partyId}/${e.topicId}`, e.change]));
    // Russia said nothing on the Donbas after 28 January: DROPPED; its 2023 position is in neither period.
    expect(byCell).toEqual({ "ru/donbas": "DROPPED", "ua/donbas": "UNCHANGED", "ru/ceasefire": "NEW", "us/ceasefire": "NEW", "us/donbas": "HARDENED" });
    expect(entries.find((e) => e.change === "DROPPED")!.before!.id).toBe("2");
  });
  it("leaves undated positions and positions outside both periods out", () => {
    const entries = diffStatedBetween([...positions, p("9", "eu", "donbas", "SUPPORTS", null)], d("2026-02-01"), d("2026-02-05"));
    expect(entries.map((e) => e.after?.id ?? e.before?.id).sort()).toEqual(["4", "5", "6", "8"]);
  });
  it("needs `to` at least a day after `from`", () => {
    expect(() => diffPeriods(d("2026-02-01"), d("2026-02-01"))).toThrow(RangeError);
    expect(diffPeriods(d("2026-02-01"), d("2026-02-11")).before).toEqual({ after: d("2026-01-22"), upTo: d("2026-02-01") });
  });
});

describe("stickingPoints", () => {
  it("ranks topics far apart and unmoved first", () => {
    const points = stickingPoints(positions, d("2026-03-01"));
    expect(points.map((x) => x.topicId)).toEqual(["donbas", "ceasefire"]);
    const donbas = points[0]!;
    expect(donbas.gap).toBe(1);
    // The US moved last (4 Feb 2026); Russia has demanded the same since 2023, Ukraine rejected since Jan 2026.
    expect(donbas.unmovedSince?.toISOString().slice(0, 10)).toBe("2026-02-04");
    expect(donbas.latest.map((x) => x.id).sort()).toEqual(["2", "4", "8"]);
  });
  it("leaves out topics where the parties agree or only one has spoken", () => {
    const points = stickingPoints(
      [p("a", "x", "t", "SUPPORTS", "2026-01-01"), p("b", "y", "t", "SUPPORTS", "2026-01-02"), p("c", "x", "u", "REJECTS", "2026-01-01")],
      d("2026-02-01"),
    );
    expect(points).toEqual([]);
  });
});
