// Partner API keys: "pk_<prefix>_<secret>". Only a SHA-256 of the whole key is stored (keys are 32 random
// bytes, so a fast hash is safe; passwords are another matter). The key is shown once, at creation.
import { createHash, randomBytes } from "node:crypto";
import type { Db } from "@parley/db";

export function hashKey(key: string): string {
  return createHash("sha256").update(key).digest("hex");
}

export interface CreatedKey {
  id: string;
  key: string;
  prefix: string;
}

export async function createApiKey(db: Db, input: { name: string; scopes?: string[]; createdById?: string | null; expiresAt?: Date | null }): Promise<CreatedKey> {
  const prefix = randomBytes(4).toString("hex");
  const key = `pk_${prefix}_${randomBytes(32).toString("base64url")}`;
  const row = await db.apiKey.create({
    data: { name: input.name, prefix, secretHash: hashKey(key), scopes: input.scopes ?? ["read:published"], createdById: input.createdById ?? null, expiresAt: input.expiresAt ?? null },
    select: { id: true },
  });
  return { id: row.id, key, prefix };
}

/** The active key behind a presented secret, or null. Records last use at most once a minute. */
export async function verifyApiKey(db: Db, presented: string): Promise<{ id: string; scopes: string[] } | null> {
  if (!/^pk_[0-9a-f]{8}_[\w-]{43}$/.test(presented)) return null;
  const key = await db.apiKey.findUnique({ where: { secretHash: hashKey(presented) }, select: { id: true, scopes: true, revokedAt: true, expiresAt: true, lastUsedAt: true } });
  const now = new Date();
  if (!key || key.revokedAt || (key.expiresAt && key.expiresAt <= now)) return null;
  if (!key.lastUsedAt || now.getTime() - key.lastUsedAt.getTime() > 60_000) {
    await db.apiKey.update({ where: { id: key.id }, data: { lastUsedAt: now } });
  }
  return { id: key.id, scopes: key.scopes };
}
