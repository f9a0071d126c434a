// Builds the API for production: one ES module, dist/main.mjs, holding the API's and the workspace
// packages' TypeScript compiled once and the libraries they use, so a start (or a restart after a crash)
// runs no compiler and reads one file instead of thousands. Packages that load files next to their own
// code (WebAssembly, data files) stay outside, imported by the path they resolve to here, and
// `import.meta.url` keeps naming each source file: the build runs in the checkout it serves (migrations,
// seed data and the embedded database's folder are found next to the sources, as under tsx).
import { build } from "esbuild";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const workspace = path.resolve(root, "../..");

/** Packages that read files relative to themselves, or are optional native add-ons: left to Node. */
const EXTERNAL = [/^@electric-sql\//, /^@prisma\/schema-engine-wasm/, /^pg-native$/];

/** Workspace sources and libraries are bundled, except the packages above. */
const ownSources = {
  name: "parley-sources",
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.pluginData === "resolving" || args.path.startsWith("node:")) return undefined;
      const resolved = await b.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: "resolving" });
      if (resolved.errors.length > 0 || !resolved.path) return { path: args.path, external: true };
      if (EXTERNAL.some((pattern) => pattern.test(args.path))) return { path: pathToFileURL(resolved.path).href, external: true };
      return resolved;
    });
    b.onLoad({ filter: /\.ts$/ }, async (args) => {
      const { readFile } = await import("node:fs/promises");
      const source = await readFile(args.path, "utf8");
      return {
        contents: source.replaceAll("import.meta.url", JSON.stringify(pathToFileURL(args.path).href)),
        loader: "ts",
        resolveDir: path.dirname(args.path),
      };
    });
  },
};

/**
 * Apollo hashes every query with @apollo/utils.createhash, which takes Node's crypto only through
 * `module.require`: a bundled CommonJS module has none, so it fell back to sha.js, SHA-256 in JavaScript.
 * The bundle gets Node's own createHash instead (the same digests).
 */
const nodeCreateHash = {
  name: "node-create-hash",
  setup(b) {
    b.onResolve({ filter: /^@apollo\/utils\.createhash$/ }, () => ({ path: "createhash", namespace: "node-create-hash" }));
    b.onLoad({ filter: /.*/, namespace: "node-create-hash" }, () => ({ contents: 'export { createHash } from "node:crypto";', loader: "js" }));
  },
};

const started = Date.now();
await build({
  entryPoints: [path.join(root, "src/platform/main.ts")],
  outdir: path.join(root, "dist"),
  outExtension: { ".js": ".mjs" },
  entryNames: "[name]",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  sourcemap: true,
  // Bundled CommonJS libraries call require() for Node's built-ins.
  banner: { js: 'import { createRequire as __parleyCreateRequire } from "node:module"; const require = __parleyCreateRequire(import.meta.url);' },
  logLevel: "warning",
  plugins: [nodeCreateHash, ownSources],
  absWorkingDir: workspace,
});
console.log(`built apps/api/dist in ${Date.now() - started} ms`);
