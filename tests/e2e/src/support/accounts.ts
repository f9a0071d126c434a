// Accounts the suite uses: the first administrator comes from the API's environment; the analyst is
// created by the administrator through the API, as in production.
export const ADMIN = { email: "admin@parley.test", password: "e2e-admin-password-1", name: "Administrator" } as const;
export const ANALYST = { email: "analyst@parley.test", password: "e2e-analyst-password-1", name: "Ada Analyst" } as const;
// Ports follow playwright.config.ts (overridable so that parallel runs on one machine do not collide).
export const API_URL = `http://127.0.0.1:${process.env.E2E_API_PORT ?? "4310"}`;
export const DASHBOARD_URL = `http://127.0.0.1:${process.env.E2E_DASHBOARD_PORT ?? "3310"}`;
export const DASHBOARD_NO_API = `http://127.0.0.1:${process.env.E2E_DASHBOARD_NO_API_PORT ?? "3311"}`;
