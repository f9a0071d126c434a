import { describe, expect, it } from "vitest";
import { proposalFieldOf } from "./proposal-paths";

describe("API error paths in the proposal form", () => {
  it("places errors inside versions and points on their field", () => {
    expect(proposalFieldOf("input.versions.0.label")).toBe("versions.0.label");
    expect(proposalFieldOf("input.versions.1.points.2.text")).toBe("versions.1.points.2.text");
  });
  it("leaves top-level and unknown fields to the form's field list", () => {
    expect(proposalFieldOf("input.title")).toBeUndefined();
    expect(proposalFieldOf("input.versions")).toBeUndefined();
    expect(proposalFieldOf("input.versions.0.nonsense")).toBeUndefined();
  });
});
