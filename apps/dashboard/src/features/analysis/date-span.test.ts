import { describe, expect, it } from "vitest";
import { daySpan, spanOf } from "./date-span";

describe("daySpan", () => {
  it("gives a day one day", () => {
    expect(daySpan({ on: "2026-02-04", precision: "DAY" })).toEqual({ start: "2026-02-04", end: "2026-02-05" });
  });
  it("gives a month its whole length, across a year end", () => {
    expect(daySpan({ on: "2023-06-01", precision: "MONTH" })).toEqual({ start: "2023-06-01", end: "2023-07-01" });
    expect(daySpan({ on: "2025-12-01", precision: "MONTH" })).toEqual({ start: "2025-12-01", end: "2026-01-01" });
  });
  it("gives a year its whole length", () => {
    expect(daySpan({ on: "2025-01-01", precision: "YEAR" })).toEqual({ start: "2025-01-01", end: "2026-01-01" });
  });
  it("has no span for an unknown date", () => {
    expect(daySpan({ on: null, precision: "UNKNOWN" })).toBeNull();
    expect(daySpan({ on: "2025-01-01", precision: "UNKNOWN" })).toBeNull();
  });
});

describe("spanOf", () => {
  it("covers every span", () => {
    expect(
      spanOf([
        { start: "2025-03-01", end: "2025-04-01" },
        { start: "2023-06-01", end: "2023-07-01" },
        { start: "2026-02-04", end: "2026-02-05" },
      ]),
    ).toEqual({
      start: "2023-06-01",
      end: "2026-02-05",
    });
    expect(spanOf([])).toBeNull();
  });
});
