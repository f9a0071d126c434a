// Browser tests: Debian's Chromium drives the built dashboard, which reads from the real API on an
// embedded PostgreSQL seeded with the corpus (a fresh data folder per run).
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";

// Overridable so that parallel manual runs on one machine do not collide.
const API_PORT = Number(process.env.E2E_API_PORT ?? 4310);
const DASHBOARD_PORT = Number(process.env.E2E_DASHBOARD_PORT ?? 3310);
const root = path.resolve(import.meta.dirname, "../..");
const dataDir = mkdtempSync(path.join(os.tmpdir(), "parley-e2e-"));

export default defineConfig({
  testDir: "src",
  testMatch: "**/*.e2e.ts",
  timeout: 30_000,
  workers: 1,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${DASHBOARD_PORT}`,
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    },
  },
  webServer: [
    {
      command: "node --import tsx src/main.ts",
      cwd: path.join(root, "apps/api"),
      url: `http://127.0.0.1:${API_PORT}/readyz`,
      env: { DATABASE_URL: "", PARLEY_DATA_DIR: dataDir, PORT: String(API_PORT), LOG_LEVEL: "warn", NODE_ENV: "development" },
      timeout: 120_000,
      reuseExistingServer: false,
    },
    {
      command: `pnpm exec next start -p ${DASHBOARD_PORT}`,
      cwd: path.join(root, "apps/dashboard"),
      url: `http://127.0.0.1:${DASHBOARD_PORT}/`,
      env: { API_URL: `http://127.0.0.1:${API_PORT}/graphql` },
      timeout: 120_000,
      reuseExistingServer: false,
    },
  ],
});
