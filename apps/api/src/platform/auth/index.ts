export { createAuth, createAuthClient, type Auth } from "./auth.js";
export { createUser, ensureFirstAdmin } from "./users.js";
