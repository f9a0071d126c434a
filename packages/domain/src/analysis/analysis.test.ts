import { describe, expect, it } from "vitest";
import { changeBetween, diffPeriods, diffSnapshots, diffStatedBetween } from "./diff.js";
import { cellKey, latestPerCell, statedAtRound, type PositionFact } from "./position-fact.js";
import { stickingPoints } from "./sticking-points.js";

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const p = (id: string, partyId: string, topicId: string, stance: PositionFact["stance"], on: string | null, roundId: string | null = null): PositionFact => ({
  id,
  partyId,
  topicId,
  stance,
  roundId,
  statedOn: on ? d(on) : null,
  datePrecision: on ? "DAY" : "UNKNOWN",
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
    expect(donbas.unmovedSince).toEqual({ on: d("2026-02-04"), precision: "DAY" });
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

describe("the chronology rule in the analyses", () => {
  const month = (x: PositionFact): PositionFact => ({ ...x, datePrecision: "MONTH" });

  it("never counts an undated position as in force, at any point", () => {
    const chain = [p("u", "ru", "t", "DEMANDS", null), p("d", "ru", "t", "OPPOSES", "2026-01-10")];
    expect([...latestPerCell(chain, d("2025-01-01")).values()]).toEqual([]);
    expect([...latestPerCell(chain, d("2026-02-01")).values()].map((x) => x.id)).toEqual(["d"]);
    expect([...latestPerCell([chain[0]!], d("2100-01-01")).values()]).toEqual([]);
  });

  it("does not count a month that contains the day of comparison as stated by then", () => {
    const chain = [p("dec", "ua", "t", "OPPOSES", "2025-12-02"), month(p("jan", "ua", "t", "REJECTS", "2026-01-01"))];
    expect(latestPerCell(chain, d("2026-01-15")).get(cellKey("ua", "t"))?.id).toBe("dec");
    expect(latestPerCell(chain, d("2026-01-31")).get(cellKey("ua", "t"))?.id).toBe("jan");
  });

  it("shows a reported hardening as HARDENED in a diff, though the category stays the same", () => {
    const before = p("a", "ua", "t", "REJECTS", "2026-01-23", "r1");
    const after = { ...p("b", "ua", "t", "REJECTS", "2026-02-04", "r2"), reportedMovement: "HARDENED" as const };
    expect(changeBetween(before, after)).toBe("HARDENED");
    expect(changeBetween(before, { ...after, reportedMovement: null })).toBe("UNCHANGED");
    expect(changeBetween(after, after)).toBe("UNCHANGED");
    // Nothing in force before (the earlier statement is undated): the source's report still says how it moved.
    expect(changeBetween(null, after)).toBe("HARDENED");
    expect(changeBetween(null, { ...after, reportedMovement: null })).toBe("NEW");
    const [entry] = diffSnapshots(latestPerCell([before], d("2026-01-31")), latestPerCell([before, after], d("2026-02-05")));
    expect(entry?.change).toBe("HARDENED");
  });

  it("returns since-when a topic is unmoved as the source's partial date, and counts days from its last day", () => {
    const points = stickingPoints([month(p("ru", "ru", "t", "DEMANDS", "2023-06-01")), month(p("ua", "ua", "t", "REJECTS", "2023-06-01"))], d("2023-07-10"));
    expect(points[0]?.unmovedSince).toEqual({ on: d("2023-06-01"), precision: "MONTH" });
    expect(points[0]?.unmovedDays).toBe(10);
  });

  it("counts a reported movement as the end of a stance's unmoved run", () => {
    const chain = [
      p("1", "ua", "t", "REJECTS", "2025-01-01"),
      { ...p("2", "ua", "t", "REJECTS", "2026-02-04"), reportedMovement: "HARDENED" as const },
      p("3", "ru", "t", "DEMANDS", "2024-01-01"),
    ];
    expect(stickingPoints(chain, d("2026-03-01"))[0]?.unmovedSince).toEqual({ on: d("2026-02-04"), precision: "DAY" });
    expect(
      stickingPoints(
        chain.map((x) => ({ ...x, reportedMovement: null })),
        d("2026-03-01"),
      )[0]?.unmovedSince,
    ).toEqual({ on: d("2025-01-01"), precision: "DAY" });
  });
});
