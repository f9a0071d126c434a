// Every change is logged in the same transaction as the change itself: who, when, which record, and the
// record before and after (as JSON), so history can be read, compared and reverted.
import type { AuditAction, Db, Prisma } from "@parley/db";

export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/** Every multi-step write runs in one of these: generous limits, as 50 editors may queue on one record. */
export const transaction = <T>(db: Db, run: (tx: Tx) => Promise<T>): Promise<T> => db.$transaction(run, { timeout: 20_000, maxWait: 20_000 });

/** How a change to a record's fields is audited: an edit, or an earlier version written back. */
export type ChangeAction = Extract<AuditAction, "UPDATE" | "REVERT">;

export interface Actor {
  userId: string;
  requestId: string;
}

export function snapshot(value: unknown): Prisma.InputJsonValue {
  return JSON.parse(JSON.stringify(value, (_key, v: unknown) => (typeof v === "bigint" ? v.toString() : v))) as Prisma.InputJsonValue;
}

export async function recordAudit(
  tx: Tx,
  actor: Actor,
  entry: { action: AuditAction; entityType: string; entityId: string; version: number | null; before: unknown; after: unknown },
): Promise<void> {
  await tx.auditEntry.create({
    data: {
      actorUserId: actor.userId,
      requestId: actor.requestId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      version: entry.version,
      before: entry.before == null ? undefined : snapshot(entry.before),
      after: entry.after == null ? undefined : snapshot(entry.after),
    },
  });
}

/**
 * A record as it stood at a version: the state an audit entry left it in, or — for records that existed
 * before their first audited change (seeded, imported) — the state the next change started from.
 */
export async function stateAtVersion(db: Db, entityType: string, entityId: string, version: number): Promise<unknown> {
  const at = await db.auditEntry.findFirst({ where: { entityType, entityId, version }, orderBy: { id: "desc" }, select: { after: true } });
  if (at?.after) return at.after;
  const next = await db.auditEntry.findFirst({ where: { entityType, entityId, version: version + 1 }, orderBy: { id: "asc" }, select: { before: true } });
  return next?.before ?? null;
}
