// Writes the committed schema.graphql (the partner contract); `--check` fails when it is out of date.
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { lexicographicSortSchema, printSchema } from "graphql";
import { schema } from "../schema/index.js";

const file = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../schema.graphql");
const printed = `${printSchema(lexicographicSortSchema(schema))}\n`;

if (process.argv.includes("--check")) {
  const committed = await readFile(file, "utf8").catch(() => "");
  if (committed !== printed) {
    console.error("schema.graphql is out of date: run `pnpm generate`.");
    process.exit(1);
  }
} else {
  await writeFile(file, printed);
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
