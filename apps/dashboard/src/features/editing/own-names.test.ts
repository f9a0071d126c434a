import { describe, expect, it } from "vitest";
import { aliasesToSave, otherAliases } from "./own-names";
import { suggestSlug } from "./slug-suggestion";

describe("a record's own names among its aliases", () => {
  it("shows the own names apart from the other spellings", () => {
    expect(otherAliases([{ name: "Russia" }, { name: "RU" }, { name: "Rusland" }], ["Russia", "RU"])).toEqual(["Rusland"]);
    expect(otherAliases([{ name: "Kostyukov" }], ["Igor Kostyukov", null])).toEqual(["Kostyukov"]);
  });

  it("always sends the own names, first, each spelling once and trimmed", () => {
    expect(aliasesToSave(["Ruritania", " RUR "], ["Roeritanië", "Ruritania", "RUR"])).toEqual(["Ruritania", "RUR", "Roeritanië"]);
    expect(aliasesToSave(["Ruritania", ""], [])).toEqual(["Ruritania"]);
  });
});

describe("a slug suggested from a name", () => {
  it("folds accents and punctuation into lower-case words joined by hyphens", () => {
    expect(suggestSlug("Abu Dhabi, round 2")).toBe("abu-dhabi-round-2");
    expect(suggestSlug("  Zelenskýj  ")).toBe("zelenskyj");
    expect(suggestSlug("")).toBe("");
  });
});
