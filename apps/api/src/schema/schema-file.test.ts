import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { lexicographicSortSchema, printSchema } from "graphql";
import { describe, expect, it } from "vitest";
import { schema } from "./index.js";

describe("schema.graphql", () => {
  it("is the committed contract: regenerate it with `pnpm generate` after a schema change", async () => {
    const committed = await readFile(path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../schema.graphql"), "utf8");
    expect(committed).toBe(`${printSchema(lexicographicSortSchema(schema))}\n`);
  });
});
