// Starts the API: opens the database (embedded unless DATABASE_URL is set), migrates, seeds an empty
// database, and serves GraphQL.
import { ConfigError, DatabaseUnavailableError, openDatabase } from "@parley/db";
import { SeedValidationError } from "@parley/db/seed";
import { env } from "./config/env.js";
import { logger } from "./logger.js";
import { createServer } from "./server.js";
import { createAuth, createAuthClient } from "./auth/auth.js";
import { ensureFirstAdmin } from "./auth/users.js";

async function main(): Promise<void> {
  const database = await openDatabase({ log: (line) => logger.info(line) });
  const authDb = createAuthClient(database.url);
  const admin = await ensureFirstAdmin(createAuth(authDb), database.db, env.PARLEY_ADMIN_EMAIL, env.PARLEY_ADMIN_PASSWORD);
  await authDb.$disconnect();
  if (admin) logger.info({ email: admin }, "created the first administrator from PARLEY_ADMIN_EMAIL");
  const server = await createServer({ db: database.db, databaseUrl: database.url });
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
