// Prisma's schema engine compiled to WebAssembly, driven through the `pg` driver adapter. It does what the
// native engine behind `prisma migrate` does, without a binary download.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as bindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";

const require = createRequire(import.meta.url);
// Node has WebAssembly; @types/node 20 does not declare it, and the DOM lib would bring too much.
declare const WebAssembly: {
  instantiate(bytes: Uint8Array, imports: Record<string, object>): Promise<{ instance: { exports: Record<string, unknown> } }>;
};
let initialised: Promise<void> | undefined;

/** The package ships a bundler build (it imports the .wasm file); Node instantiates it by hand. */
function initialise(): Promise<void> {
  initialised ??= (async () => {
    const file = path.join(path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg")), "schema_engine_bg.wasm");
    const { instance } = await WebAssembly.instantiate(await readFile(file), { "./schema_engine_bg.js": bindings });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
  })();
  return initialised;
}

/**
 * The pg adapter runs a migration script by splitting it on ";", which breaks function bodies. Send
 * each script whole instead: PostgreSQL's simple-query protocol runs multi-statement scripts itself.
 */
class WholeScriptPg extends PrismaPg {
  /** Everything the engine connected, so that disposing the engine closes every pool. */
  readonly opened: { dispose(): Promise<void> }[] = [];

  constructor(private readonly url: string) {
    super({ connectionString: url, max: 2 });
  }

  override async connect() {
    const adapter = await super.connect();
    const scripts = new pg.Pool({ connectionString: this.url, max: 1 });
    scripts.on("error", () => undefined); // an idle connection dropped by the server: the pool reconnects
    const dispose = adapter.dispose.bind(adapter);
    this.opened.push(adapter);
    return Object.assign(adapter, {
      executeScript: async (script: string) => void (await scripts.query(script)),
      dispose: async () => {
        await scripts.end();
        await dispose();
      },
    });
  }
}

export interface Engine {
  engine: SchemaEngine;
  /** A plain function (not a method): callers destructure it. */
  dispose: () => Promise<void>;
}

/** Starts an engine on `databaseUrl`, optionally knowing the schema (needed by createMigration). */
export async function startEngine(databaseUrl: string, schema?: { path: string; content: string }): Promise<Engine> {
  await initialise();
  const factory = new WholeScriptPg(databaseUrl);
  const adapter = bindMigrationAwareSqlAdapterFactory(factory);
  const engine: SchemaEngine = await bindings.SchemaEngine.new({ datamodels: schema ? [[schema.path, schema.content]] : undefined }, () => undefined, adapter);
  return {
    engine,
    dispose: async () => {
      engine.free();
      await Promise.all(factory.opened.map((a) => a.dispose()));
    },
  };
}
