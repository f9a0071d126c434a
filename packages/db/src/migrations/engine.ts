// Prisma's schema engine compiled to WebAssembly, driven through the `pg` driver adapter. It does what the
// native engine behind `prisma migrate` does, without a binary download.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
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

export interface Engine {
  engine: SchemaEngine;
  dispose(): void;
}

/** Starts an engine on `databaseUrl`, optionally knowing the schema (needed by createMigration). */
export async function startEngine(databaseUrl: string, schema?: { path: string; content: string }): Promise<Engine> {
  await initialise();
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPg({ connectionString: databaseUrl, max: 2 }));
  const engine = (await bindings.SchemaEngine.new(
    { datamodels: schema ? [[schema.path, schema.content]] : undefined },
    () => undefined,
    adapter,
  )) as SchemaEngine;
  return { engine, dispose: () => engine.free() };
}
