// The embedded PostgreSQL: PGlite (Postgres compiled to WebAssembly) served on a loopback socket, so the
// API talks to it with the same driver and SQL as to a real server.
import { mkdir } from "node:fs/promises";
import { PGlite, type PGliteOptions } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import pg from "pg";

export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Data folder; omit for an in-memory database (tests, throw-away diffs). */
  dataDir?: string;
  port?: number;
  /** Connections the socket accepts (the shared pool, migrations, tools joining from another process). */
  maxConnections?: number;
}

// PGlite is one PostgreSQL backend. The socket server hands it one protocol message at a time, so two
// connections in flight interleave their Parse/Bind/Execute messages ("portal does not exist") and
// run inside each other's transactions. Every client this process builds for an embedded URL therefore
// shares one single-connection pool: pg queues queries on it, and a transaction holds it until COMMIT.
const singleConnectionPools = new Map<string, pg.Pool>();

/** The shared one-connection pool of an embedded database started by this process, if `url` is one. */
export function embeddedPool(url: string): pg.Pool | undefined {
  return singleConnectionPools.get(url);
}

export async function startEmbeddedPostgres(options: EmbeddedOptions = {}): Promise<EmbeddedPostgres> {
  if (options.dataDir) await mkdir(options.dataDir, { recursive: true });
  // Search needs trigram matching and accent folding; PGlite ships both as loadable contrib modules.
  const pgliteOptions: PGliteOptions = { extensions: { pg_trgm, unaccent } };
  const db = options.dataDir ? await PGlite.create(options.dataDir, pgliteOptions) : await PGlite.create(pgliteOptions);
  const server = new PGLiteSocketServer({
    db,
    host: "127.0.0.1",
    port: options.port ?? 0,
    maxConnections: options.maxConnections ?? 8,
  });
  await server.start();
  const url = `postgresql://postgres@${server.getServerConn()}/postgres?sslmode=disable`;
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  // An idle connection dropped by the server is replaced on the next query; it must not crash the process.
  pool.on("error", () => undefined);
  singleConnectionPools.set(url, pool);
  return {
    url,
    async stop() {
      singleConnectionPools.delete(url);
      await pool.end().catch(() => undefined);
      await server.stop();
      await db.close();
    },
  };
}
