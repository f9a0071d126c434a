import { describe, expect, it } from "vitest";
import { partialDateSchema, toPartialDateFields, toPartialDateInput } from "./partial-date-value";

describe("partial dates in forms", () => {
  it("round-trips every precision through the fields", () => {
    for (const date of [
      { on: "2026-02-04", precision: "DAY" as const },
      { on: "2026-02-01", precision: "MONTH" as const },
      { on: "2026-01-01", precision: "YEAR" as const },
      { on: null, precision: "UNKNOWN" as const },
    ]) {
      expect(toPartialDateInput(toPartialDateFields(date))).toEqual(date);
    }
  });

  it("stores a month on its first day and a year on 1 January", () => {
    expect(toPartialDateInput({ precision: "MONTH", year: "2025", month: "7", day: "19" })).toEqual({ on: "2025-07-01", precision: "MONTH" });
    expect(toPartialDateInput({ precision: "YEAR", year: "2025", month: "7", day: "19" })).toEqual({ on: "2025-01-01", precision: "YEAR" });
  });

  it("refuses a day the month does not have and names the field", () => {
    const result = partialDateSchema.safeParse({ precision: "DAY", year: "2025", month: "2", day: "29" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["day"]);
    expect(partialDateSchema.safeParse({ precision: "DAY", year: "2024", month: "2", day: "29" }).success).toBe(true);
  });

  it("needs no fields for an unknown date but a four-digit year otherwise", () => {
    expect(partialDateSchema.safeParse({ precision: "UNKNOWN", year: "", month: "", day: "" }).success).toBe(true);
    expect(partialDateSchema.safeParse({ precision: "YEAR", year: "25", month: "", day: "" }).error?.issues[0]?.path).toEqual(["year"]);
    expect(partialDateSchema.safeParse({ precision: "MONTH", year: "2025", month: "13", day: "" }).error?.issues[0]?.path).toEqual(["month"]);
  });
});
