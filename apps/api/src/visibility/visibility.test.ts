import { describe, expect, it } from "vitest";
import { editorial, positionVisibility, visibleOrNull, visibleSql } from "./visibility.js";

const anonymous = { viewer: { kind: "anonymous" as const } };
const partner = { viewer: { kind: "partner" as const } };
const staff = { viewer: { kind: "user" as const } };

describe("the published-only rule", () => {
  it("limits anonymous and partner callers to published, undeleted records, whatever status they ask for", () => {
    expect(editorial(anonymous, "DRAFT")).toEqual({ deletedAt: null, status: "PUBLISHED" });
    expect(editorial(partner, null)).toEqual({ deletedAt: null, status: "PUBLISHED" });
  });

  it("lets staff read drafts and filter by status", () => {
    expect(editorial(staff, null)).toEqual({ deletedAt: null });
    expect(editorial(staff, "DRAFT")).toEqual({ deletedAt: null, status: "DRAFT" });
  });

  it("hides a position with its party or topic", () => {
    expect(positionVisibility(partner)).toEqual({
      deletedAt: null,
      status: "PUBLISHED",
      party: { deletedAt: null, status: "PUBLISHED" },
      topic: { deletedAt: null, status: "PUBLISHED" },
    });
  });

  it("hides a single link that is a draft or deleted", () => {
    const draft = { status: "DRAFT" as const, deletedAt: null };
    const deleted = { status: "PUBLISHED" as const, deletedAt: new Date() };
    expect([visibleOrNull(partner, draft), visibleOrNull(staff, draft), visibleOrNull(staff, deleted)]).toEqual([null, draft, null]);
  });

  it("writes the same rule for SQL, the staff flag bound as a parameter", () => {
    const sql = visibleSql(partner, "p");
    expect(sql.sql).toBe(`p."deletedAt" IS NULL AND (? OR p.status = 'PUBLISHED')`);
    expect(sql.values).toEqual([false]);
    expect(() => visibleSql(partner, 'p; DROP TABLE "Party"')).toThrow();
  });
});
