// `pnpm db:migration:create <name>`: writes the migration for your change to prisma/schema.prisma.
import path from "node:path";
import { repoRoot } from "../env.js";
import { createMigration } from "../migrations/create.js";
import { runCli } from "./run.js";

runCli(async () => {
  const name = process.argv[2];
  if (!name) throw new Error("usage: pnpm db:migration:create <name_in_snake_case>");
  const created = await createMigration(name);
  console.log(
    created
      ? `Wrote ${path.relative(repoRoot, created.path)}/migration.sql — review it, then commit it.`
      : "schema.prisma and the migrations agree: nothing to write.",
  );
});
