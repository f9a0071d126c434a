import { PrismaPg } from "@prisma/adapter-pg";
import { embeddedPool } from "./embedded.js";
import { PrismaClient } from "./generated/prisma/client.js";

export interface ClientOptions {
  /** Connection pool size (a server only: the embedded database is always used through one shared connection). */
  poolSize?: number;
  /** Called with every SQL statement (for tests that count statements, and for debug logs). */
  onQuery?: (sql: string, durationMs: number) => void;
  /**
   * Return password and key hashes too. Only the sign-in module needs this (it verifies passwords);
   * everything else gets a client that cannot leak them.
   */
  readSecrets?: boolean;
}

/**
 * The one way to build a Prisma client. Secrets (password hashes, API-key hashes) are omitted from
 * every result unless a query asks for them explicitly.
 */
export function createPrismaClient(databaseUrl: string, options: ClientOptions = {}) {
  const shared = embeddedPool(databaseUrl);
  const adapter = shared ? new PrismaPg(shared) : new PrismaPg({ connectionString: databaseUrl, max: options.poolSize ?? 10 });
  const client = new PrismaClient({
    adapter,
    omit: options.readSecrets ? {} : { account: { password: true }, apiKey: { secretHash: true } },
    log: options.onQuery ? [{ emit: "event", level: "query" }] : [],
  });
  if (options.onQuery) {
    const onQuery = options.onQuery;
    client.$on("query" as never, (event: { query: string; duration: number }) => onQuery(event.query, event.duration));
  }
  return client;
}

export type Db = ReturnType<typeof createPrismaClient>;
