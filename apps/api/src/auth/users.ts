// Creating accounts: only administrators (or the first-admin bootstrap) do it, so sign-up is closed.
import type { Db, Role } from "@parley/db";
import type { Auth } from "./auth.js";

export async function createUser(auth: Auth, db: Db, input: { email: string; name: string; password: string; role: Role }): Promise<{ id: string }> {
  const ctx = await auth.$context;
  if (input.password.length < 12) throw new Error("A password needs at least 12 characters.");
  const hash = await ctx.password.hash(input.password);
  const email = input.email.trim().toLowerCase();
  return db.$transaction(async (tx) => {
    const user = await tx.user.create({ data: { id: crypto.randomUUID(), email, name: input.name, role: input.role, emailVerified: true }, select: { id: true } });
    await tx.account.create({ data: { id: crypto.randomUUID(), accountId: user.id, providerId: "credential", userId: user.id, password: hash } });
    return user;
  });
}

/** Creates the first administrator from PARLEY_ADMIN_EMAIL / PARLEY_ADMIN_PASSWORD when there is none. */
export async function ensureFirstAdmin(auth: Auth, db: Db, email: string | undefined, password: string | undefined): Promise<string | null> {
  if (!email || !password) return null;
  if ((await db.user.count({ where: { role: "ADMIN" } })) > 0) return null;
  await createUser(auth, db, { email, name: "Administrator", password, role: "ADMIN" });
  return email;
}
