// Builds the API for production: one ES module, dist/main.mjs, holding the API's and the workspace
// packages' TypeScript compiled once, so a start (or a restart after a crash) runs no compiler.
// Packages from node_modules stay outside the bundle, imported by the path they resolve to here, and
// `import.meta.url` keeps naming each source file: the build runs in the checkout it serves (migrations,
// seed data and the embedded database's folder are found next to the sources, as under tsx).
import { build } from "esbuild";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const workspace = path.resolve(root, "../..");

/** Workspace sources are bundled; everything under node_modules is left to Node. */
const ownSources = {
  name: "parley-sources",
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.pluginData === "resolving" || args.path.startsWith("node:")) return undefined;
      const resolved = await b.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: "resolving" });
      if (resolved.errors.length > 0 || !resolved.path) return { path: args.path, external: true };
      if (resolved.path.includes(`${path.sep}node_modules${path.sep}`)) return { path: pathToFileURL(resolved.path).href, external: true };
      return resolved;
    });
    b.onLoad({ filter: /\.ts$/ }, async (args) => {
      const { readFile } = await import("node:fs/promises");
      const source = await readFile(args.path, "utf8");
      return { contents: source.replaceAll("import.meta.url", JSON.stringify(pathToFileURL(args.path).href)), loader: "ts", resolveDir: path.dirname(args.path) };
    });
  },
};

const started = Date.now();
await build({
  entryPoints: [path.join(root, "src/main.ts"), path.join(root, "src/cli/create-api-key.ts")],
  outdir: path.join(root, "dist"),
  outExtension: { ".js": ".mjs" },
  entryNames: "[name]",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  sourcemap: true,
  logLevel: "warning",
  plugins: [ownSources],
  absWorkingDir: workspace,
});
console.log(`built apps/api/dist in ${Date.now() - started} ms`);
