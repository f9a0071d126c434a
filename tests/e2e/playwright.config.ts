// Browser tests: Debian's Chromium drives the built dashboard, which reads from the real API on an
// embedded PostgreSQL seeded with the corpus (a fresh data folder per run).
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";
import { ADMIN } from "./src/support/accounts.js";

// Overridable so that parallel manual runs on one machine do not collide.
const API_PORT = Number(process.env.E2E_API_PORT ?? 4310);
const DASHBOARD_PORT = Number(process.env.E2E_DASHBOARD_PORT ?? 3310);
/** A second dashboard whose API does not answer (nothing listens on API_DOWN_PORT). */
const DASHBOARD_NO_API_PORT = Number(process.env.E2E_DASHBOARD_NO_API_PORT ?? 3311);
const API_DOWN_PORT = Number(process.env.E2E_API_DOWN_PORT ?? 4319);
const root = path.resolve(import.meta.dirname, "../..");
const dataDir = mkdtempSync(path.join(os.tmpdir(), "parley-e2e-"));

export default defineConfig({
  testDir: "src",
  testMatch: "**/*.e2e.ts",
  globalSetup: "./src/support/global-setup.ts",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 1,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${DASHBOARD_PORT}`,
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  webServer: [
    {
      command: "node --import tsx src/platform/main.ts",
      cwd: path.join(root, "apps/api"),
      url: `http://127.0.0.1:${API_PORT}/readyz`,
      env: {
        DATABASE_URL: "",
        PARLEY_DATA_DIR: dataDir,
        PORT: String(API_PORT),
        LOG_LEVEL: "warn",
        NODE_ENV: "development",
        PARLEY_ADMIN_EMAIL: ADMIN.email,
        PARLEY_ADMIN_PASSWORD: ADMIN.password,
        CORS_ORIGINS: `http://127.0.0.1:${DASHBOARD_PORT}`,
        // The dashboard's server is one address for every anonymous reader of the suite.
        RATE_LIMIT_PER_ADDRESS: "100000",
        RATE_LIMIT_PER_KEY: "100000",
      },
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
    {
      command: `pnpm exec next start -p ${DASHBOARD_NO_API_PORT}`,
      cwd: path.join(root, "apps/dashboard"),
      url: `http://127.0.0.1:${DASHBOARD_NO_API_PORT}/sign-in`,
      env: { API_URL: `http://127.0.0.1:${API_DOWN_PORT}/graphql` },
      timeout: 120_000,
      reuseExistingServer: false,
    },
  ],
});
