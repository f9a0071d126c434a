import { describe, expect, it } from "vitest";
import { differingFields, initialChoices, mergeValues } from "./position-merge";
import type { PositionFormValues } from "./position-form-schema";

const base: PositionFormValues = {
  summary: "Wants a ceasefire first",
  stance: "SUPPORTS",
  stated: { precision: "MONTH", year: "2026", month: "2", day: "" },
  party: { id: "p1", label: "Ukraine" },
  topic: { id: "t1", label: "Ceasefire" },
  round: null,
  speaker: { id: "s1", label: "Umerov" },
  evidence: [{ id: "q1", label: "…" }],
};

describe("merging two edits of a position", () => {
  const mine: PositionFormValues = {
    ...base,
    summary: "Wants a ceasefire before any talks",
    evidence: [
      { id: "q1", label: "…" },
      { id: "q2", label: "…" },
    ],
  };
  const theirs: PositionFormValues = { ...base, stance: "DEMANDS", speaker: null };

  it("lists the fields that differ, comparing relations by id and dates by meaning", () => {
    expect(differingFields(mine, theirs)).toEqual(["summary", "stance", "speaker", "evidence"]);
    const retyped: PositionFormValues = {
      ...base,
      stated: { precision: "MONTH", year: "2026", month: "2", day: "17" },
      party: { id: "p1", label: "Ukraine (UA)" },
    };
    expect(differingFields(base, retyped)).toEqual([]);
  });

  it("starts each field on the side that changed it and keeps both people's work", () => {
    const choices = initialChoices(base, mine);
    expect(choices.summary).toBe("mine");
    expect(choices.evidence).toBe("mine");
    expect(choices.stance).toBe("theirs");
    expect(choices.speaker).toBe("theirs");
    const merged = mergeValues(mine, theirs, choices);
    expect(merged.summary).toBe("Wants a ceasefire before any talks");
    expect(merged.stance).toBe("DEMANDS");
    expect(merged.speaker).toBeNull();
    expect(merged.evidence.map((e) => e.id)).toEqual(["q1", "q2"]);
  });

  it("takes the chosen side where both changed a field", () => {
    const both: PositionFormValues = { ...mine, stance: "OPPOSES" };
    const choices = { ...initialChoices(base, both), stance: "theirs" as const };
    expect(mergeValues(both, theirs, choices).stance).toBe("DEMANDS");
    expect(mergeValues(both, theirs, { ...choices, stance: "mine" }).stance).toBe("OPPOSES");
  });
});
