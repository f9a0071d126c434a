// Partner API keys: "pk_<prefix>_<secret>". Only a SHA-256 of the whole key is stored (keys are 32 random
// bytes, so a fast hash is safe; passwords are another matter). The key is shown once, at creation.
import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import type { Db } from "@parley/db";

/**
 * What a key may do. Keys never write, whatever their scopes.
 * - `read:published`: query published records (every field of Query).
 * - `read:schema`: introspect the schema (`__schema`, `__type`).
 */
export const API_KEY_SCOPES = ["read:published", "read:schema"] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];
/** A key created without naming its scopes may do everything a key can. */
export const DEFAULT_API_KEY_SCOPES: readonly ApiKeyScope[] = API_KEY_SCOPES;

/** The one validation of a requested scope list: known scopes, at least one, no repeats kept. */
export const apiKeyScopes = z
  .array(z.enum(API_KEY_SCOPES, { message: `must be one of ${API_KEY_SCOPES.join(", ")}` }))
  .min(1, "a key needs at least one scope")
  .transform((scopes) => [...new Set(scopes)]);

export function isApiKeyScope(value: string): value is ApiKeyScope {
  return (API_KEY_SCOPES as readonly string[]).includes(value);
}

export function hashKey(key: string): string {
  return createHash("sha256").update(key).digest("hex");
}

export interface CreatedKey {
  id: string;
  key: string;
  prefix: string;
}

/** Accepts the client or a transaction, so an administrator's key and its audit entry commit together. */
export async function createApiKey(
  db: Pick<Db, "apiKey">,
  input: { name: string; scopes?: readonly ApiKeyScope[]; createdById?: string | null; expiresAt?: Date | null },
): Promise<CreatedKey> {
  const prefix = randomBytes(4).toString("hex");
  const key = `pk_${prefix}_${randomBytes(32).toString("base64url")}`;
  const row = await db.apiKey.create({
    data: {
      name: input.name,
      prefix,
      secretHash: hashKey(key),
      scopes: [...(input.scopes ?? DEFAULT_API_KEY_SCOPES)],
      createdById: input.createdById ?? null,
      expiresAt: input.expiresAt ?? null,
    },
    select: { id: true },
  });
  return { id: row.id, key, prefix };
}

/** The active key behind a presented secret, or null. Records last use at most once a minute. */
export async function verifyApiKey(db: Db, presented: string): Promise<{ id: string; scopes: ApiKeyScope[] } | null> {
  if (!/^pk_[0-9a-f]{8}_[\w-]{43}$/.test(presented)) return null;
  const key = await db.apiKey.findUnique({
    where: { secretHash: hashKey(presented) },
    select: { id: true, scopes: true, revokedAt: true, expiresAt: true, lastUsedAt: true },
  });
  const now = new Date();
  if (!key || key.revokedAt || (key.expiresAt && key.expiresAt <= now)) return null;
  if (!key.lastUsedAt || now.getTime() - key.lastUsedAt.getTime() > 60_000) {
    await db.apiKey.update({ where: { id: key.id }, data: { lastUsedAt: now } });
  }
  // Unknown strings (a scope since withdrawn) grant nothing.
  return { id: key.id, scopes: key.scopes.filter(isApiKeyScope) };
}
