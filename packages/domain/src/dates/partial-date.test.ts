import { describe, expect, it } from "vitest";
import { endsBeforeStart, formatPartialDate, isoDayOf, normalizePartialDate, parseIsoDay, PartialDateError } from "./partial-date.js";

describe("parseIsoDay", () => {
  it("parses a calendar day as UTC midnight", () => {
    expect(parseIsoDay("2026-02-04").toISOString()).toBe("2026-02-04T00:00:00.000Z");
  });
  it.each(["2026-02-30", "04-02-2026", "2026-2-4", "yesterday"])("rejects %s", (text) => {
    expect(() => parseIsoDay(text)).toThrow(PartialDateError);
  });
});

describe("partial dates", () => {
  it("stores a MONTH date as the first of the month and a YEAR date as 1 January", () => {
    expect(normalizePartialDate(parseIsoDay("2023-06-17"), "MONTH").on?.toISOString()).toBe("2023-06-01T00:00:00.000Z");
    expect(normalizePartialDate(parseIsoDay("2025-08-15"), "YEAR").on?.toISOString()).toBe("2025-01-01T00:00:00.000Z");
    expect(normalizePartialDate(parseIsoDay("2025-08-15"), "UNKNOWN").on).toBeNull();
  });
  it("requires a value unless the precision is UNKNOWN", () => {
    expect(() => normalizePartialDate(null, "DAY")).toThrow(PartialDateError);
  });
  it("lets an end inside a month-precise start pass, and rejects an end certainly before it", () => {
    const start = { on: parseIsoDay("2026-01-23"), precision: "DAY" as const };
    expect(endsBeforeStart(start, { on: parseIsoDay("2026-01-01"), precision: "MONTH" })).toBe(false);
    expect(endsBeforeStart(start, { on: parseIsoDay("2026-01-22"), precision: "DAY" })).toBe(true);
    expect(endsBeforeStart(start, { on: null, precision: "UNKNOWN" })).toBe(false);
  });
  it("formats with the precision it has", () => {
    expect(formatPartialDate({ on: parseIsoDay("2026-02-04"), precision: "DAY" })).toBe("4 Feb 2026");
    expect(formatPartialDate({ on: parseIsoDay("2023-06-01"), precision: "MONTH" })).toBe("Jun 2023");
    expect(formatPartialDate({ on: null, precision: "UNKNOWN" })).toBe("date unknown");
  });
});

describe("isoDayOf", () => {
  it("reads a Date and a JSON timestamp alike, and null as null", () => {
    expect([isoDayOf(new Date("2026-02-04T00:00:00Z")), isoDayOf("2026-02-04T00:00:00.000Z"), isoDayOf(null)]).toEqual(["2026-02-04", "2026-02-04", null]);
  });
});
