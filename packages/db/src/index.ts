export { createPrismaClient, readRows, type Db, type ClientOptions } from "./client.js";
export { openDatabase, checkConnection, redactUrl, DatabaseUnavailableError, type Database, type OpenOptions } from "./database.js";
export { startEmbeddedPostgres, type EmbeddedPostgres } from "./embedded.js";
export { ConfigError, databaseUrlFromEnv } from "./env.js";
export { applyMigrations } from "./migrations/apply.js";
export * from "./generated/prisma/client.js";
