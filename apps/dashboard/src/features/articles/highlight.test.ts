import { describe, expect, it } from "vitest";
import { highlightRuns } from "./highlight";

describe("highlightRuns", () => {
  it("cuts the body at every quote's edges and keeps all the text", () => {
    const body = "Moskou eist garanties. Kyiv weigert.";
    const runs = highlightRuns(body, [{ id: "a", start: 0, end: 22 }]);
    expect(runs.map((r) => r.text).join("")).toBe(body);
    expect(runs[0]).toEqual({ text: "Moskou eist garanties.", quotes: ["a"], starts: ["a"] });
    expect(runs[1]).toEqual({ text: " Kyiv weigert.", quotes: [], starts: [] });
  });
  it("marks overlapping quotes on the shared text, innermost first", () => {
    const runs = highlightRuns("abcdef", [
      { id: "outer", start: 0, end: 6 },
      { id: "inner", start: 2, end: 4 },
    ]);
    expect(runs.map((r) => [r.text, r.quotes])).toEqual([
      ["ab", ["outer"]],
      ["cd", ["inner", "outer"]],
      ["ef", ["outer"]],
    ]);
  });
  it("counts offsets in UTF-16 code units, like the stored offsets", () => {
    const body = "Oekraïne 🇺🇦 zegt nee";
    const start = body.indexOf("zegt");
    expect(highlightRuns(body, [{ id: "q", start, end: start + 4 }]).find((r) => r.quotes.length)?.text).toBe("zegt");
  });
  it("ignores spans outside the body", () => {
    expect(highlightRuns("abc", [{ id: "x", start: 2, end: 9 }])).toEqual([{ text: "abc", quotes: [], starts: [] }]);
  });
});
