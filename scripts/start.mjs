// `pnpm start`: runs the API and the built dashboard together (production mode) and prints both URLs.
// Ctrl-C stops both.
import { spawn } from "node:child_process";

const apiPort = process.env.PORT ?? "4000";
const dashboardPort = process.env.DASHBOARD_PORT ?? "3000";
const children = [
  spawn("pnpm", ["--filter", "@parley/api", "start"], { stdio: "inherit", env: { ...process.env, NODE_ENV: "production", PORT: apiPort } }),
  spawn("pnpm", ["--filter", "@parley/dashboard", "start"], {
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production", PORT: dashboardPort, API_URL: process.env.API_URL ?? `http://127.0.0.1:${apiPort}/graphql` },
  }),
];
console.log(`\n  Parley dashboard  http://localhost:${dashboardPort}\n  Parley API        http://127.0.0.1:${apiPort}/graphql\n`);
const stop = () => children.forEach((c) => c.kill("SIGTERM"));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
for (const child of children) child.on("exit", (code) => { if (code) { stop(); process.exitCode = code; } });
