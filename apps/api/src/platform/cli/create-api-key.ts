// `pnpm api-key:create --name "Partner app" [--scope read:published ...]`: creates a partner API key and
// prints it once.
import { parseArgs } from "node:util";
import { ConfigError, DatabaseUnavailableError, openDatabase } from "@parley/db";
import { API_KEY_SCOPES, apiKeyScopes, createApiKey, DEFAULT_API_KEY_SCOPES } from "../security/api-keys.js";

const USAGE = `usage: pnpm api-key:create --name "Partner app" [--scope ${API_KEY_SCOPES.join(" | ")}]... [--expires-in-days 365]`;
const { values } = parseArgs({ options: { name: { type: "string" }, scope: { type: "string", multiple: true }, "expires-in-days": { type: "string" } } });
if (!values.name?.trim()) {
  console.error(USAGE);
  process.exit(2);
}
const days = values["expires-in-days"] ? Number(values["expires-in-days"]) : undefined;
if (days !== undefined && (!Number.isInteger(days) || days <= 0)) {
  console.error("--expires-in-days must be a positive whole number");
  process.exit(2);
}
const scopes = values.scope ? apiKeyScopes.safeParse(values.scope) : undefined;
if (scopes && !scopes.success) {
  console.error(`--scope: ${scopes.error.issues.map((i) => i.message).join("; ")}\n${USAGE}`);
  process.exit(2);
}
const granted = scopes?.data ?? DEFAULT_API_KEY_SCOPES;

try {
  const database = await openDatabase();
  const created = await createApiKey(database.db, {
    name: values.name.trim(),
    scopes: granted,
    expiresAt: days ? new Date(Date.now() + days * 86_400_000) : null,
  });
  await database.close();
  console.log(
    `Created API key "${values.name.trim()}" (id ${created.id}, scopes ${granted.join(", ")}). It is shown only now; store it safely:\n\n  ${created.key}\n\nSend it as the x-api-key header. Keys read published data only; they never write.`,
  );
} catch (error) {
  if (error instanceof ConfigError || error instanceof DatabaseUnavailableError) {
    console.error(`error: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
