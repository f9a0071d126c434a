import { describe, expect, it } from "vitest";
import { STATE_CHANGES, stateChangeEffect } from "./state-change.js";

describe("state changes", () => {
  it("sets the deletion time or the status, never both", () => {
    const now = new Date("2026-02-04T10:00:00Z");
    expect(STATE_CHANGES.map((c) => stateChangeEffect(c, now))).toEqual([
      { deletedAt: now },
      { deletedAt: null },
      { status: "PUBLISHED" },
      { status: "DRAFT" },
    ]);
  });
});
