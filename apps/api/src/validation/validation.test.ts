import { describe, expect, it } from "vitest";
import { z } from "zod";
import { DomainError } from "../errors/domain-error.js";
import { dayParameter, dayRange } from "./dates.js";
import { LIMITS, partialDate, text } from "./field-rules.js";
import { parseInput } from "./parse-input.js";

const caught = (run: () => unknown): DomainError => {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error("expected a DomainError");
};

describe("parseInput", () => {
  const schema = z.object({ summary: text(LIMITS.summary), stated: partialDate });

  it("returns the parsed value, partial dates normalised to their first day", () => {
    expect(parseInput(schema, { summary: " Holds firm ", stated: { on: "2026-02-17", precision: "MONTH" } })).toEqual({
      summary: "Holds firm",
      stated: { on: new Date("2026-02-01T00:00:00Z"), precision: "MONTH" },
    });
  });

  it("refuses with BAD_USER_INPUT naming the first field at fault and listing every issue", () => {
    const error = caught(() => parseInput(schema, { summary: "", stated: { on: "2026-02-30", precision: "DAY" } }));
    expect(error.code).toBe("BAD_USER_INPUT");
    expect(error.at.field).toEqual(["summary"]);
    expect(error.at.issues?.map((i) => i.field)).toEqual([["summary"], ["stated", "on"]]);
  });
});

describe("day parameters", () => {
  it("names the parameter of a day that is not a calendar day", () => {
    expect(caught(() => dayParameter("2026-02-30", "asOf")).at.parameter).toBe("asOf");
  });

  it("gives Prisma bounds, none when no end is given, and refuses an end before the start", () => {
    const names = { from: "from", to: "to" };
    expect(dayRange({ from: "2026-01-01" }, names, "backwards")).toEqual({ gte: new Date("2026-01-01T00:00:00Z") });
    expect(dayRange({}, names, "backwards")).toBeUndefined();
    const error = caught(() => dayRange({ from: "2026-02-01", to: "2026-01-01" }, names, "backwards"));
    expect([error.message, error.at.parameter]).toEqual(["backwards", "to"]);
  });
});
