import { describe, expect, it } from "vitest";
import { movementBetween, movementsOf } from "./movement.js";
import { stanceDistance } from "./stance.js";

describe("movementBetween", () => {
  it("labels the first position NEW", () => {
    expect(movementBetween(null, "DEMANDS")).toBe("NEW");
  });
  it("labels the same stance UNCHANGED", () => {
    expect(movementBetween("REJECTS", "REJECTS")).toBe("UNCHANGED");
  });
  it("labels a firmer stance in the same direction HARDENED", () => {
    expect(movementBetween("SUPPORTS", "DEMANDS")).toBe("HARDENED");
    expect(movementBetween("OPPOSES", "REJECTS")).toBe("HARDENED");
    expect(movementBetween("OPEN_TO", "OPPOSES")).toBe("HARDENED");
  });
  it("labels a stance closer to the middle SOFTENED", () => {
    expect(movementBetween("REJECTS", "OPPOSES")).toBe("SOFTENED");
    expect(movementBetween("DEMANDS", "CONDITIONAL")).toBe("SOFTENED");
    expect(movementBetween("REJECTS", "OPEN_TO")).toBe("SOFTENED");
  });
  it("labels crossing sides REVERSED", () => {
    expect(movementBetween("SUPPORTS", "OPPOSES")).toBe("REVERSED");
    expect(movementBetween("REJECTS", "CONDITIONAL")).toBe("REVERSED");
  });
});

describe("movementsOf", () => {
  it("orders a chain in time before labelling it, unknown dates after every known one", () => {
    const movements = movementsOf([
      { id: "c", stance: "DEMANDS", statedOn: new Date("2026-02-04") },
      { id: "a", stance: "OPPOSES", statedOn: null },
      { id: "b", stance: "SUPPORTS", statedOn: new Date("2023-06-01"), datePrecision: "MONTH" },
    ]);
    expect(Object.fromEntries(movements)).toEqual({ b: "NEW", c: "HARDENED", a: "REVERSED" });
  });

  it("puts a day inside a month before that month", () => {
    const movements = movementsOf([
      { id: "month", stance: "REJECTS", statedOn: new Date("2026-02-01"), datePrecision: "MONTH" },
      { id: "day", stance: "OPPOSES", statedOn: new Date("2026-02-01"), datePrecision: "DAY" },
    ]);
    expect(Object.fromEntries(movements)).toEqual({ day: "NEW", month: "HARDENED" });
  });
});

describe("stanceDistance", () => {
  it("is 1 between DEMANDS and REJECTS and 0 between equal stances", () => {
    expect(stanceDistance("DEMANDS", "REJECTS")).toBe(1);
    expect(stanceDistance("OPEN_TO", "OPEN_TO")).toBe(0);
    expect(stanceDistance("SUPPORTS", "OPPOSES")).toBeCloseTo(4 / 6);
  });
});
