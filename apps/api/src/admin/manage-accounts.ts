// Administration: accounts, roles, sessions and partner API keys. Every change is audited.
import { z } from "zod";
import { Role, type Db } from "@parley/db";
import { DomainError, fieldError } from "../errors/domain-error.js";
import type { Auth } from "../platform/auth/auth.js";
import { hashPassword, insertUser } from "../platform/auth/users.js";
import { apiKeyScopes, createApiKey, DEFAULT_API_KEY_SCOPES } from "../platform/security/api-keys.js";
import { recordAudit, type Actor } from "../audit/audit.js";
import { parseInput } from "../validation/parse-input.js";

const newUser = z.object({
  email: z.string().email("must be an email address").max(320),
  name: z.string().trim().min(1).max(200),
  role: z.enum(Role),
  password: z.string().min(12, "must be at least 12 characters").max(256),
});

export async function addUser(db: Db, auth: Auth, actor: Actor, input: unknown): Promise<string> {
  const v = parseInput(newUser, input);
  if (await db.user.findUnique({ where: { email: v.email.toLowerCase() }, select: { id: true } })) {
    throw fieldError(["email"], "an account with this email exists.");
  }
  // Hashing is slow by design, so it happens before the transaction; the account and its audit entry commit together.
  const hash = await hashPassword(auth, v.password);
  return db.$transaction(async (tx) => {
    const { id } = await insertUser(tx, v, hash);
    await recordAudit(tx, actor, {
      action: "CREATE",
      entityType: "User",
      entityId: id,
      version: null,
      before: null,
      after: { email: v.email, name: v.name, role: v.role },
    });
    return id;
  });
}

export async function setUserRole(db: Db, actor: Actor, userId: string, role: Role): Promise<void> {
  await db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId }, select: { role: true, email: true } });
    if (!before) throw new DomainError("NOT_FOUND", "No such user.", { parameter: "userId" });
    if (before.role === "ADMIN" && role !== "ADMIN" && (await tx.user.count({ where: { role: "ADMIN", disabledAt: null } })) <= 1) {
      throw new DomainError("BAD_USER_INPUT", "The last administrator cannot be demoted.", { parameter: "role" });
    }
    await tx.user.update({ where: { id: userId }, data: { role } });
    await recordAudit(tx, actor, { action: "UPDATE", entityType: "User", entityId: userId, version: null, before, after: { ...before, role } });
  });
}

/** Disabling an account also ends all its sessions. */
export async function disableUser(db: Db, actor: Actor, userId: string, disabled: boolean): Promise<void> {
  if (disabled && userId === actor.userId) throw new DomainError("BAD_USER_INPUT", "You cannot disable your own account.", { parameter: "userId" });
  await db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId }, select: { disabledAt: true } });
    if (!before) throw new DomainError("NOT_FOUND", "No such user.", { parameter: "userId" });
    const after = await tx.user.update({ where: { id: userId }, data: { disabledAt: disabled ? new Date() : null }, select: { disabledAt: true } });
    if (disabled) await tx.session.deleteMany({ where: { userId } });
    await recordAudit(tx, actor, { action: disabled ? "DELETE" : "RESTORE", entityType: "User", entityId: userId, version: null, before, after });
  });
}

export async function revokeSessions(db: Db, actor: Actor, userId: string): Promise<number> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.session.deleteMany({ where: { userId } });
    await recordAudit(tx, actor, { action: "UPDATE", entityType: "User", entityId: userId, version: null, before: null, after: { sessionsRevoked: count } });
    return count;
  });
}

const newKey = z.object({
  name: z.string().trim().min(1).max(200),
  expiresInDays: z.number().int().positive().max(3_650).nullish(),
  scopes: apiKeyScopes.nullish(),
});

export async function issueApiKey(db: Db, actor: Actor, input: unknown): Promise<{ id: string; key: string }> {
  const v = parseInput(newKey, input);
  const expiresAt = v.expiresInDays ? new Date(Date.now() + v.expiresInDays * 86_400_000) : null;
  return db.$transaction(async (tx) => {
    const created = await createApiKey(tx, { name: v.name, createdById: actor.userId, expiresAt, ...(v.scopes ? { scopes: v.scopes } : {}) });
    await recordAudit(tx, actor, {
      action: "CREATE",
      entityType: "ApiKey",
      entityId: created.id,
      version: null,
      before: null,
      after: { name: v.name, prefix: created.prefix, scopes: v.scopes ?? DEFAULT_API_KEY_SCOPES, expiresAt },
    });
    return created;
  });
}

export async function revokeApiKey(db: Db, actor: Actor, id: string): Promise<void> {
  if (!z.uuid().safeParse(id).success) throw new DomainError("NOT_FOUND", "No such API key.", { parameter: "id" });
  await db.$transaction(async (tx) => {
    const key = await tx.apiKey.findUnique({ where: { id }, select: { revokedAt: true, name: true } });
    if (!key) throw new DomainError("NOT_FOUND", "No such API key.", { parameter: "id" });
    if (key.revokedAt) return;
    await tx.apiKey.update({ where: { id }, data: { revokedAt: new Date() } });
    await recordAudit(tx, actor, {
      action: "DELETE",
      entityType: "ApiKey",
      entityId: id,
      version: null,
      before: key,
      after: { ...key, revokedAt: new Date() },
    });
  });
}
