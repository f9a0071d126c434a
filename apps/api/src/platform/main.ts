// Starts the API: opens the database (embedded unless DATABASE_URL is set), migrates, seeds an empty
// database, and serves GraphQL.
import { ConfigError, DatabaseUnavailableError, openDatabase } from "@parley/db";
import { SeedValidationError } from "@parley/db/seed";
import { env } from "./config/env.js";
import { logger } from "./logger.js";
import { createServer } from "./server.js";
import { createAuth, createAuthClient } from "./auth/auth.js";
import { ensureFirstAdmin } from "./auth/users.js";

/** Known to every reader of the README: only ever created on a development machine's embedded database. */
const LOCAL_ADMIN = { email: "admin@parley.local", password: "parley-local-admin" };

/**
 * The first administrator: from PARLEY_ADMIN_EMAIL / PARLEY_ADMIN_PASSWORD, or — so that a newcomer's
 * `pnpm dev` can sign in at all — a local one on an embedded database outside production.
 */
function firstAdministrator(embedded: boolean): { email: string; password: string; local: boolean } | undefined {
  if (env.PARLEY_ADMIN_EMAIL && env.PARLEY_ADMIN_PASSWORD) return { email: env.PARLEY_ADMIN_EMAIL, password: env.PARLEY_ADMIN_PASSWORD, local: false };
  if (embedded && env.NODE_ENV !== "production") return { ...LOCAL_ADMIN, local: true };
  return undefined;
}

async function main(): Promise<void> {
  const database = await openDatabase({ log: (line) => logger.info(line) });
  const authDb = createAuthClient(database.url);
  const first = firstAdministrator(database.embedded);
  const admin = await ensureFirstAdmin(createAuth(authDb), database.db, first?.email, first?.password);
  await authDb.$disconnect();
  if (admin) logger.info({ email: admin }, "created the first administrator");
  if (admin && first?.local)
    console.log(
      `\n  Sign in as ${first.email} / ${first.password} (a local administrator; set PARLEY_ADMIN_EMAIL and PARLEY_ADMIN_PASSWORD to choose your own)\n`,
    );
  // On a PostgreSQL server the data version lives in memory (LISTEN/NOTIFY); the embedded one reads it per request.
  const liveDataVersion = !database.embedded && env.DATA_VERSION_LISTEN ? {} : false;
  const server = await createServer({ db: database.db, databaseUrl: database.url, liveDataVersion });
  const url = await server.listen(env.PORT, env.HOST);
  logger.info({ url: `${url}/graphql`, embedded: database.embedded }, "Parley API ready");
  console.log(`\n  Parley API        ${url}/graphql${database.embedded ? "   (embedded PostgreSQL)" : ""}\n`);

  const shutdown = async (signal: string) => {
    logger.info({ signal }, "shutting down");
    await server.stop();
    await database.close();
    process.exit(0);
  };
  process.once("SIGINT", () => void shutdown("SIGINT"));
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof DatabaseUnavailableError || error instanceof SeedValidationError) {
    console.error(`error: ${error.message}`);
  } else {
    logger.fatal({ err: error }, "the API failed to start");
  }
  process.exit(1);
});
