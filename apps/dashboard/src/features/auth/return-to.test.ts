import { describe, expect, it } from "vitest";
import { safeReturnTo } from "./return-to";

describe("safeReturnTo", () => {
  it("keeps a path on this site, with its query", () => {
    expect(safeReturnTo("/positions?stance=DEMANDS")).toBe("/positions?stance=DEMANDS");
  });
  it("refuses other hosts and protocol-relative or backslash tricks", () => {
    for (const bad of ["https://evil.example/", "//evil.example", "/\\evil.example", "javascript:alert(1)", undefined, ""]) {
      expect(safeReturnTo(bad)).toBe("/");
    }
  });
  it("never returns to the sign-in page itself", () => {
    expect(safeReturnTo("/sign-in?returnTo=/x")).toBe("/");
  });
});
