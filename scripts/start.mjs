// `pnpm start`: runs the API from its built bundle (apps/api/dist, made by `pnpm build`: no TypeScript is
// compiled at start, so a restart after a crash answers within a couple of seconds) and the built
// dashboard, both in production mode, and prints both URLs. Ctrl-C stops both.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const apiBundle = fileURLToPath(new URL("../apps/api/dist/main.mjs", import.meta.url));
if (!existsSync(apiBundle)) {
  console.error("error: apps/api/dist/main.mjs is missing; run `pnpm build` first (`pnpm start` does).");
  process.exit(1);
}
const apiPort = process.env.PORT ?? "4000";
const dashboardPort = process.env.DASHBOARD_PORT ?? "3000";
const children = [
  spawn(process.execPath, ["--enable-source-maps", apiBundle], {
    cwd: fileURLToPath(new URL("../apps/api/", import.meta.url)),
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production", PORT: apiPort },
  }),
  spawn("pnpm", ["--filter", "@parley/dashboard", "start"], {
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production", PORT: dashboardPort, API_URL: process.env.API_URL ?? `http://127.0.0.1:${apiPort}/graphql` },
  }),
];
console.log(`\n  Parley dashboard  http://localhost:${dashboardPort}\n  Parley API        http://127.0.0.1:${apiPort}/graphql\n`);
const stop = () => children.forEach((c) => c.kill("SIGTERM"));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
for (const child of children)
  child.on("exit", (code) => {
    if (code) {
      stop();
      process.exitCode = code;
    }
  });
