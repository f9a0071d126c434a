// `pnpm db:migrate`: applies pending migrations to DATABASE_URL.
import { checkConnection } from "../database.js";
import { ConfigError, databaseUrlFromEnv } from "../env.js";
import { applyMigrations } from "../migrations/apply.js";
import { runCli } from "./run.js";

runCli(async () => {
  const url = databaseUrlFromEnv();
  if (!url) throw new ConfigError("Set DATABASE_URL to the PostgreSQL server to migrate (the embedded database migrates itself when the API starts).");
  await checkConnection(url);
  const { applied } = await applyMigrations(url, { log: (line) => console.log(line) });
  console.log(applied.length === 0 ? "The database is up to date." : `Applied ${applied.length} migration(s).`);
});
