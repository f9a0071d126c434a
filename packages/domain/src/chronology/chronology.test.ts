import { describe, expect, it } from "vitest";
import { normalizePartialDate, parseIsoDay, type PartialDate } from "../dates/partial-date.js";
import {
  compareStatements,
  derivedMovements,
  effectiveMovement,
  inForceAt,
  latestDated,
  movementsConflict,
  orderStatements,
  placeAtDay,
  unmovedSince,
} from "./index.js";

const day = (iso: string): PartialDate => normalizePartialDate(parseIsoDay(iso), "DAY");
const month = (iso: string): PartialDate => normalizePartialDate(parseIsoDay(iso), "MONTH");
const year = (iso: string): PartialDate => normalizePartialDate(parseIsoDay(iso), "YEAR");
const undated: PartialDate = { on: null, precision: "UNKNOWN" };
const at = (iso: string) => parseIsoDay(iso);

describe("the order of statements in time", () => {
  it("never puts an undated statement before a dated one", () => {
    const chain = [
      { id: "a", stated: undated },
      { id: "b", stated: day("2026-02-04") },
      { id: "c", stated: month("2023-06-01") },
    ];
    expect(orderStatements(chain).map((s) => s.id)).toEqual(["c", "b", "a"]);
    expect(compareStatements({ id: "z", stated: day("1900-01-01") }, { id: "a", stated: undated })).toBeLessThan(0);
  });

  it("orders a day inside a month before the month, and the month before its year", () => {
    const chain = [
      { id: "y", stated: year("2023-01-01") },
      { id: "m", stated: month("2023-01-01") },
      { id: "d", stated: day("2023-01-01") },
    ];
    expect(orderStatements(chain).map((s) => s.id)).toEqual(["d", "m", "y"]);
  });

  it("orders by precomputed spans exactly as the pairwise rule does", () => {
    const dates = [undated, day("2023-01-01"), day("2023-01-31"), month("2023-01-01"), year("2023-01-01"), day("2022-12-31"), month("2022-12-01")];
    const chain = dates.flatMap((stated, i) => ["b", "a"].map((suffix) => ({ id: `${(i * 7) % 5}${suffix}`, stated })));
    expect(orderStatements(chain)).toEqual([...chain].sort(compareStatements));
    // December 2022, 31 December, 1 January, January, 2023, 31 January, undated; ties by id.
    expect(orderStatements(chain).map((s) => s.id)).toEqual(["2a", "2b", "0a", "0b", "2a", "2b", "1a", "1b", "3a", "3b", "4a", "4b", "0a", "0b"]);
  });

  it("derives movement with undated statements after the dated ones", () => {
    const movements = derivedMovements([
      { id: "undated", stated: undated, stance: "REJECTS" },
      { id: "june-2023", stated: month("2023-06-01"), stance: "DEMANDS" },
      { id: "feb-2026", stated: day("2026-02-04"), stance: "DEMANDS" },
    ]);
    expect(movements.get("june-2023")).toBe("NEW");
    expect(movements.get("feb-2026")).toBe("UNCHANGED");
    // Compared with the latest dated statement, never the other way round.
    expect(movements.get("undated")).toBe("REVERSED");
  });
});

describe("a statement at a day of comparison", () => {
  it("treats a month or a year as a span, never as its first day", () => {
    expect(placeAtDay(month("2026-01-01"), at("2026-01-15"))).toBe("SPANS");
    expect(placeAtDay(month("2026-01-01"), at("2026-01-31"))).toBe("BEFORE");
    expect(placeAtDay(year("2025-01-01"), at("2025-12-02"))).toBe("SPANS");
    expect(placeAtDay(day("2026-02-04"), at("2026-02-03"))).toBe("AFTER");
    expect(placeAtDay(undated, at("2026-02-03"))).toBe("UNDATED");
  });

  it("is never in force when undated, at any point", () => {
    const chain = [{ id: "u", stated: undated }];
    for (const point of ["1990-01-01", "2026-02-04", "2100-01-01"]) {
      const result = inForceAt(chain, at(point));
      expect(result.inForce).toBeNull();
      expect(result.undated.map((s) => s.id)).toEqual(["u"]);
    }
  });

  it("keeps the latest certainly earlier statement in force and reports a month that contains the day as undecided", () => {
    const chain = [
      { id: "dec", stated: day("2025-12-02") },
      { id: "jan", stated: month("2026-01-01") },
      { id: "feb", stated: day("2026-02-04") },
      { id: "u", stated: undated },
    ];
    const mid = inForceAt(chain, at("2026-01-23"));
    expect(mid.inForce?.id).toBe("dec");
    expect(mid.undecided.map((s) => s.id)).toEqual(["jan"]);
    expect(mid.undated.map((s) => s.id)).toEqual(["u"]);
    const later = inForceAt(chain, at("2026-02-05"));
    expect(later.inForce?.id).toBe("feb");
    expect(later.undecided).toEqual([]);
  });

  it("takes the latest dated statement as the current one, never an undated one", () => {
    expect(
      latestDated([
        { id: "u", stated: undated },
        { id: "d", stated: year("2025-01-01") },
      ])?.id,
    ).toBe("d");
    expect(latestDated([{ id: "u", stated: undated }])).toBeNull();
  });
});

describe("which movement the analyses use", () => {
  it("uses the reported movement when a source reports one, the derived one otherwise", () => {
    expect(effectiveMovement({ movement: "UNCHANGED", reportedMovement: "HARDENED" })).toEqual({ movement: "HARDENED", source: "REPORTED" });
    expect(effectiveMovement({ movement: "SOFTENED", reportedMovement: null })).toEqual({ movement: "SOFTENED", source: "DERIVED" });
    expect(effectiveMovement({ movement: "NEW" })).toEqual({ movement: "NEW", source: "DERIVED" });
  });

  it("flags a report that contradicts the categories, not one the scale could not show", () => {
    expect(movementsConflict({ movement: "UNCHANGED", reportedMovement: "HARDENED" })).toBe(false);
    expect(movementsConflict({ movement: "SOFTENED", reportedMovement: "HARDENED" })).toBe(true);
    expect(movementsConflict({ movement: "HARDENED", reportedMovement: "HARDENED" })).toBe(false);
    expect(movementsConflict({ movement: "HARDENED" })).toBe(false);
  });

  it("counts a reported hardening as movement, and returns since-when as the source's partial date", () => {
    const chain = [
      { id: "a", stated: month("2023-06-01"), movement: "NEW" as const },
      { id: "b", stated: month("2026-01-01"), movement: "UNCHANGED" as const },
      { id: "c", stated: day("2026-02-04"), movement: "UNCHANGED" as const },
      { id: "u", stated: undated, movement: "REVERSED" as const },
    ];
    expect(unmovedSince(chain)).toEqual(month("2023-06-01"));
    const reported = chain.map((s) => (s.id === "c" ? { ...s, reportedMovement: "HARDENED" as const } : s));
    expect(unmovedSince(reported)).toEqual(day("2026-02-04"));
    expect(unmovedSince([{ id: "u", stated: undated, movement: "NEW" as const }])).toBeNull();
  });
});
