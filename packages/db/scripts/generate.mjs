// Runs `prisma generate` for the workspace schema. Generation needs no schema engine, but the Prisma 7
// CLI insists on locating one (and would download it); pointing it at any existing file satisfies it.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;
// Generators (prisma-pothos-types) are resolved on PATH.
env.PATH = `${path.join(root, "packages/db/node_modules/.bin")}${path.delimiter}${env.PATH ?? ""}`;
const result = spawnSync(path.join(root, "packages/db/node_modules/.bin/prisma"), ["generate", "--config", path.join(root, "prisma.config.ts")], {
  cwd: path.resolve(root, "packages/db"),
  env,
  stdio: "inherit",
});
process.exit(result.status ?? 1);
