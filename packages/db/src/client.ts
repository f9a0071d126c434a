import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { embeddedPool } from "./embedded.js";
import { PrismaClient, type Prisma } from "./generated/prisma/client.js";

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
  // The pool is ours so that hot reads can use it directly (readRows); Prisma ends it on $disconnect.
  const pool = shared ?? new pg.Pool({ connectionString: databaseUrl, max: options.poolSize ?? 10 });
  const adapter = shared ? new PrismaPg(shared) : new PrismaPg(pool, { disposeExternalPool: true });
  const client = new PrismaClient({
    adapter,
    omit: options.readSecrets ? {} : { account: { password: true }, apiKey: { secretHash: true } },
    log: options.onQuery ? [{ emit: "event", level: "query" }] : [],
  });
  if (options.onQuery) {
    const onQuery = options.onQuery;
    client.$on("query" as never, (event: { query: string; duration: number }) => onQuery(event.query, event.duration));
  }
  directPools.set(client, { pool, onQuery: options.onQuery });
  return client;
}

export type Db = ReturnType<typeof createPrismaClient>;

const directPools = new WeakMap<object, { pool: pg.Pool; onQuery: ClientOptions["onQuery"] }>();

/**
 * The rows of one read statement, sent on the client's own pool instead of through Prisma's raw query,
 * whose per-call work (argument serialisation, result decoding by column type) costs about twice the
 * whole round trip on small reads. pg's own decoding applies: json as parsed JSON, bigint and numeric as
 * strings, and `date` and `timestamp` columns as Dates in the process's local time zone, unlike Prisma's
 * UTC: select dates inside JSON (as the one-statement lists do) or through Prisma. Null when the client has no pool of its own to use (a transaction
 * client, or a client after $disconnect): the caller then runs the statement through Prisma.
 */
export async function readRows<T>(db: object, query: Prisma.Sql): Promise<T[] | null> {
  const direct = directPools.get(db);
  if (!direct || direct.pool.ended) return null;
  const started = performance.now();
  // Dates as UTC, as Prisma sends them (pg would send the process's local time).
  const values = query.values.map((v) => (v instanceof Date ? v.toISOString() : v));
  const result = await direct.pool.query<T & pg.QueryResultRow>(query.text, values);
  direct.onQuery?.(query.text, performance.now() - started);
  return result.rows;
}
