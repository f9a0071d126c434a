import { describe, expect, it } from "vitest";
import { diffPresented } from "./record-diff";

describe("record diffs", () => {
  it("reports changed values and quotes added or removed, nothing for unchanged fields", () => {
    const before = { summary: "Ceasefire first", stance: "Supports", quotes: ["“a”", "“b”"], round: null };
    const after = { summary: "Ceasefire first", stance: "Demands", quotes: ["“b”", "“c”"], round: "Geneva" };
    expect(diffPresented(before, after)).toEqual([
      { field: "stance", kind: "value", before: "Supports", after: "Demands" },
      { field: "quotes", kind: "list", added: ["“c”"], removed: ["“a”"] },
      { field: "round", kind: "value", before: null, after: "Geneva" },
    ]);
  });

  it("shows a creation as every field set", () => {
    expect(diffPresented(null, { summary: "x", quotes: ["“q”"] })).toEqual([
      { field: "summary", kind: "value", before: null, after: "x" },
      { field: "quotes", kind: "list", added: ["“q”"], removed: [] },
    ]);
  });

  it("finds no change between equal states", () => {
    expect(diffPresented({ a: "1", l: ["x"] }, { a: "1", l: ["x"] })).toEqual([]);
  });
});
