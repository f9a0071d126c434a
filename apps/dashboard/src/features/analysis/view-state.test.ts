import { describe, expect, it } from "vitest";
import { comparisonState } from "@/features/comparison/comparison-state";
import { diffState } from "@/features/diff/diff-state";
import { timelineState } from "@/features/timeline/timeline-state";
import type { AnalysisOptions } from "./options";
import { isoDay, queryString } from "./view-state";

const options: AnalysisOptions = {
  parties: ["russia", "ukraine", "united-states", "europe", "nato", "turkey", "france"].map((value) => ({ value, label: value })),
  topics: [
    { value: "territory", label: "Territory", depth: 0 },
    { value: "donbas", label: "Donbas", depth: 1 },
  ],
  rounds: [
    { slug: "abu-dhabi-1", title: "Abu Dhabi 1", start: { on: "2026-01-23", precision: "DAY" }, span: { start: "2026-01-23", end: "2026-01-25" } },
    { slug: "abu-dhabi-2", title: "Abu Dhabi 2", start: { on: "2026-02-04", precision: "DAY" }, span: { start: "2026-02-04", end: "2026-02-06" } },
    { slug: "someday", title: "Undated", start: { on: null, precision: "UNKNOWN" }, span: null },
  ],
};

describe("timelineState", () => {
  it("keeps only offered parties and topics, at most six parties", () => {
    const state = timelineState({ parties: "russia,nobody,ukraine,united-states,europe,nato,turkey,france", topic: "donbas" }, options);
    expect(state.parties).toEqual(["russia", "ukraine", "united-states", "europe", "nato", "turkey"]);
    expect(state.topic).toBe("donbas");
    expect(timelineState({ topic: "<script>" }, options).topic).toBeUndefined();
  });
  it("includes narrower topics unless told not to, and ignores malformed days", () => {
    expect(timelineState({}, options).includeSubtopics).toBe(true);
    expect(timelineState({ sub: "false" }, options).includeSubtopics).toBe(false);
    expect(timelineState({ periodFrom: "2026-02-01", periodTo: "yesterday" }, options)).toMatchObject({ from: "2026-02-01", to: undefined });
  });
});

describe("comparisonState", () => {
  it("compares at the latest dated round by default", () => {
    expect(comparisonState({}, options).at).toEqual({ round: "abu-dhabi-2" });
  });
  it("prefers a day to a round", () => {
    expect(comparisonState({ round: "abu-dhabi-1", date: "2026-01-30" }, options).at).toEqual({ date: "2026-01-30" });
    expect(comparisonState({ round: "abu-dhabi-1", date: "30/01/2026" }, options).at).toEqual({ round: "abu-dhabi-1" });
  });
});

describe("diffState", () => {
  it("compares the two latest dated rounds by default, on each party's latest stance", () => {
    expect(diffState({}, options)).toMatchObject({ from: { round: "abu-dhabi-1" }, to: { round: "abu-dhabi-2" }, basis: "LATEST_AS_OF", showUnchanged: false });
  });
  it("does not fill in one side when the reader chose the other", () => {
    expect(diffState({ toRound: "abu-dhabi-2" }, options)).toMatchObject({ from: null, to: { round: "abu-dhabi-2" } });
  });
  it("takes days over rounds on each side and only known bases", () => {
    const state = diffState({ fromRound: "abu-dhabi-1", dateFrom: "2026-01-01", toRound: "abu-dhabi-2", basis: "EVERYTHING" }, options);
    expect(state).toMatchObject({ from: { date: "2026-01-01" }, to: { round: "abu-dhabi-2" }, basis: "LATEST_AS_OF" });
    expect(diffState({ basis: "STATED_AT_ROUND" }, options).basis).toBe("STATED_AT_ROUND");
  });
});

describe("isoDay and queryString", () => {
  it("accepts real calendar days only", () => {
    expect(isoDay("2026-02-04")).toBe("2026-02-04");
    expect(isoDay("2026-13-40")).toBeUndefined();
    expect(isoDay("2026-2-4")).toBeUndefined();
  });
  it("writes lists comma-separated and leaves out empty values", () => {
    expect(queryString({ parties: ["russia", "ukraine"], topic: "donbas", q: "", after: undefined })).toBe("parties=russia%2Cukraine&topic=donbas");
  });
});
