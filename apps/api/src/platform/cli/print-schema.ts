// Writes the committed schema.graphql (the partner contract); `--check` (and any run in CI) fails when it
// is out of date instead, so CI can never regenerate the file it is meant to check.
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { lexicographicSortSchema, printSchema } from "graphql";
import { env } from "../config/env.js";
import { schema } from "../../schema/index.js";

const file = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../schema.graphql");
const printed = `${printSchema(lexicographicSortSchema(schema))}\n`;

if (process.argv.includes("--check") || env.CI) {
  const committed = await readFile(file, "utf8").catch(() => "");
  if (committed !== printed) {
    console.error("schema.graphql is out of date: run `pnpm generate`.");
    process.exit(1);
  }
} else {
  await writeFile(file, printed);
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
