// Creating accounts: only administrators (or the first-admin bootstrap) do it, so sign-up is closed.
import type { Db, Role } from "@parley/db";
import type { Auth } from "./auth.js";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export interface NewUser {
  email: string;
  name: string;
  password: string;
  role: Role;
}

/** Hashes the password (scrypt, slow by design: do it before opening a transaction). */
export async function hashPassword(auth: Auth, password: string): Promise<string> {
  if (password.length < 12) throw new Error("A password needs at least 12 characters.");
  const ctx = await auth.$context;
  return ctx.password.hash(password);
}

/** Writes the account and its credential inside the caller's transaction, so callers can audit in the same one. */
export async function insertUser(tx: Tx, input: Omit<NewUser, "password">, passwordHash: string): Promise<{ id: string }> {
  const user = await tx.user.create({
    data: { id: crypto.randomUUID(), email: input.email.trim().toLowerCase(), name: input.name, role: input.role, emailVerified: true },
    select: { id: true },
  });
  await tx.account.create({ data: { id: crypto.randomUUID(), accountId: user.id, providerId: "credential", userId: user.id, password: passwordHash } });
  return user;
}

export async function createUser(auth: Auth, db: Db, input: NewUser): Promise<{ id: string }> {
  const hash = await hashPassword(auth, input.password);
  return db.$transaction((tx) => insertUser(tx, input, hash));
}

/** Creates the first administrator (from PARLEY_ADMIN_EMAIL / PARLEY_ADMIN_PASSWORD, or the local one) when there is none. */
export async function ensureFirstAdmin(auth: Auth, db: Db, email: string | undefined, password: string | undefined): Promise<string | null> {
  if (!email || !password) return null;
  if ((await db.user.count({ where: { role: "ADMIN" } })) > 0) return null;
  const account = { email, name: "Administrator", role: "ADMIN" as const };
  const hash = await hashPassword(auth, password);
  await db.$transaction(async (tx) => {
    const { id } = await insertUser(tx, account, hash);
    // Every change to an account is audited; this one has no signed-in actor: the environment made it.
    await tx.auditEntry.create({ data: { action: "CREATE", entityType: "User", entityId: id, requestId: "start-up (first administrator)", after: account } });
  });
  return email;
}
