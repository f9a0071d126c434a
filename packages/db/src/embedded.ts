// The embedded PostgreSQL: PGlite (Postgres compiled to WebAssembly) served on a loopback socket, so the
// API talks to it with the same driver and SQL as to a real server.
import { mkdir } from "node:fs/promises";
import { PGlite, type PGliteOptions } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Data folder; omit for an in-memory database (tests, throw-away diffs). */
  dataDir?: string;
  port?: number;
  /** Must be at least the client's pool size. */
  maxConnections?: number;
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
    maxConnections: options.maxConnections ?? 20,
  });
  await server.start();
  const address = server.getServerConn();
  return {
    url: `postgresql://postgres@${address}/postgres?sslmode=disable`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
