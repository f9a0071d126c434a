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

/** A key as verified: who it is and what it may do. */
export interface VerifiedKey {
  id: string;
  scopes: ApiKeyScope[];
}

/** The active key behind a presented secret, or null. Records last use at most once a minute. */
export async function verifyApiKey(db: Db, presented: string): Promise<VerifiedKey | null> {
  return (await lookUpApiKey(db, presented))?.key ?? null;
}

async function lookUpApiKey(db: Db, presented: string): Promise<{ key: VerifiedKey; expiresAt: Date | null } | null> {
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
  return { key: { id: key.id, scopes: key.scopes.filter(isApiKeyScope) }, expiresAt: key.expiresAt };
}

/** How long a verified key is believed without asking the database again (last use is then recorded less often). */
export const VERIFIED_KEY_SECONDS = 30;
const MAX_VERIFIED_KEYS = 10_000;

interface Verified {
  version: bigint;
  until: number;
  result: { key: VerifiedKey; expiresAt: Date | null } | null;
}

/**
 * `verifyApiKey` with a short memory: a key verified (or refused) at the current data version is believed
 * for up to 30 s without a query. Revoking a key, changing its scopes or expiry bumps the data version
 * (trigger on "ApiKey"), so the next request verifies it afresh and is refused: at once on the instance that
 * revoked it, within the notification's delay on the others (data-version/data-version-listener.ts).
 */
export function cachedKeyVerifier(db: Db): (presented: string, version: bigint | null) => Promise<VerifiedKey | null> {
  const verified = new Map<string, Verified>();
  return async (presented, version) => {
    const now = Date.now();
    const hash = hashKey(presented);
    const hit = verified.get(hash);
    if (hit && version !== null && hit.version === version && hit.until > now) {
      if (!hit.result || (hit.result.expiresAt && hit.result.expiresAt.getTime() <= now)) return null;
      return hit.result.key;
    }
    const result = await lookUpApiKey(db, presented);
    if (version !== null) {
      verified.delete(hash);
      if (verified.size >= MAX_VERIFIED_KEYS) {
        const oldest = verified.keys().next();
        if (!oldest.done) verified.delete(oldest.value);
      }
      verified.set(hash, { version, until: now + VERIFIED_KEY_SECONDS * 1000, result });
    }
    return result?.key ?? null;
  };
}
