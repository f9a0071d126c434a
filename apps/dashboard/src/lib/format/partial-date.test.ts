import { describe, expect, it } from "vitest";
import { formatPartialDate, formatPartialDateRange } from "./partial-date";

describe("formatPartialDate", () => {
  it("writes a month as the month, per locale", () => {
    expect(formatPartialDate({ on: "2026-01-01", precision: "MONTH" }, "nl", "datum onbekend")).toBe("januari 2026");
    expect(formatPartialDate({ on: "2026-01-01", precision: "MONTH" }, "en", "date unknown")).toBe("January 2026");
  });
  it("writes a day in full and a year alone", () => {
    expect(formatPartialDate({ on: "2026-02-04", precision: "DAY" }, "nl", "?")).toBe("4 februari 2026");
    expect(formatPartialDate({ on: "2026-02-04", precision: "DAY" }, "en", "?")).toBe("4 February 2026");
    expect(formatPartialDate({ on: "2025-01-01", precision: "YEAR" }, "en", "?")).toBe("2025");
  });
  it("uses the caller's words for an unknown date", () => {
    expect(formatPartialDate({ on: null, precision: "UNKNOWN" }, "en", "date unknown")).toBe("date unknown");
  });
  it("shows a span only when the end differs and is known", () => {
    const start = { on: "2026-02-04", precision: "DAY" } as const;
    expect(formatPartialDateRange(start, { on: "2026-02-05", precision: "DAY" }, "en", "?")).toBe("4 February 2026 – 5 February 2026");
    expect(formatPartialDateRange(start, start, "en", "?")).toBe("4 February 2026");
    expect(formatPartialDateRange(start, { on: null, precision: "UNKNOWN" }, "en", "?")).toBe("4 February 2026");
  });
});
