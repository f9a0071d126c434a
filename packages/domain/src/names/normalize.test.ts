import { describe, expect, it } from "vitest";
import { normalizeName, slugify } from "./normalize.js";

describe("normalizeName", () => {
  it("ignores case and diacritics", () => {
    expect(normalizeName("Oekraïne")).toBe("oekraine");
    expect(normalizeName("ZELENSKÝ")).toBe("zelensky");
  });
  it("folds punctuation to single spaces", () => {
    expect(normalizeName("  Staakt-het-vuren! ")).toBe("staakt het vuren");
  });
});

describe("slugify", () => {
  it("makes URL-safe slugs", () => {
    expect(slugify("Abu Dhabi, round 2")).toBe("abu-dhabi-round-2");
  });
});
