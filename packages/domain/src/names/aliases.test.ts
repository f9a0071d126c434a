import { describe, expect, it } from "vitest";
import { aliasesOf } from "./aliases.js";

describe("aliasesOf", () => {
  it("puts the name and the short name first and drops duplicates", () => {
    expect(aliasesOf({ name: "European Union", shortName: "EU" }, ["EU", "Europese Unie"])).toEqual(["European Union", "EU", "Europese Unie"]);
  });
  it("keeps the name when the editor's list leaves it out", () => {
    expect(aliasesOf({ name: "Volodymyr Zelensky" }, ["Zelenskyy"])).toEqual(["Volodymyr Zelensky", "Zelenskyy"]);
  });
});
