// `pnpm api-key:create --name "Partner app"`: creates a partner API key and prints it once.
import { parseArgs } from "node:util";
import { ConfigError, DatabaseUnavailableError, openDatabase } from "@parley/db";
import { createApiKey } from "../security/api-keys.js";

const { values } = parseArgs({ options: { name: { type: "string" }, "expires-in-days": { type: "string" } } });
if (!values.name?.trim()) {
  console.error('usage: pnpm api-key:create --name "Partner app" [--expires-in-days 365]');
  process.exit(2);
}
const days = values["expires-in-days"] ? Number(values["expires-in-days"]) : undefined;
if (days !== undefined && (!Number.isInteger(days) || days <= 0)) {
  console.error("--expires-in-days must be a positive whole number");
  process.exit(2);
}

try {
  const database = await openDatabase();
  const created = await createApiKey(database.db, { name: values.name.trim(), expiresAt: days ? new Date(Date.now() + days * 86_400_000) : null });
  await database.close();
  console.log(`Created API key "${values.name.trim()}" (id ${created.id}). It is shown only now; store it safely:\n\n  ${created.key}\n\nSend it as the x-api-key header. It reads published data only.`);
} catch (error) {
  if (error instanceof ConfigError || error instanceof DatabaseUnavailableError) {
    console.error(`error: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
