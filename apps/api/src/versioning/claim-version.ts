// Optimistic concurrency: an edit names the version it was based on. The version is bumped with a
// conditional UPDATE that also locks the row, so of two concurrent edits from the same version exactly
// one wins and the other gets CONFLICT with the record as it now stands.
import { Prisma } from "@parley/db";
import { DomainError } from "../errors/domain-error.js";
import type { Tx } from "../audit/audit.js";

/** Tables with `id`, `version` and `updatedAt`, by GraphQL type name. */
export const VERSIONED_TABLES = {
  Outlet: "Outlet",
  Article: "Article",
  Evidence: "Evidence",
  Party: "Party",
  Person: "Person",
  Topic: "Topic",
  NegotiationProcess: "NegotiationProcess",
  Round: "Round",
  Delegation: "Delegation",
  Proposal: "Proposal",
  Position: "Position",
  Demand: "Demand",
} as const;
export type VersionedType = keyof typeof VERSIONED_TABLES;

/**
 * Claims version `expected` of a record: bumps it to expected + 1, or throws NOT_FOUND / CONFLICT. Call it
 * first in the transaction, then write the change.
 */
export async function claimVersion(tx: Tx, type: VersionedType, id: string, expected: number, current: () => Promise<unknown>): Promise<number> {
  const table = Prisma.raw(`"${VERSIONED_TABLES[type]}"`);
  const bumped = await tx.$executeRaw`UPDATE ${table} SET version = version + 1, "updatedAt" = now() WHERE id = ${id}::uuid AND version = ${expected}`;
  if (bumped === 1) return expected + 1;
  const record = await current();
  if (!record) throw new DomainError("NOT_FOUND", `No ${type} with id ${id}.`, { parameter: "id" });
  throw new DomainError("CONFLICT", `The ${type} was changed by someone else since version ${expected}; reload it and apply your change again.`, {
    parameter: "version",
    details: { current: JSON.parse(JSON.stringify(record)) as unknown },
  });
}

/**
 * Claims version `expected` and loads the record as it stood before this change: what most edits start
 * with. `load` is also what CONFLICT answers with.
 */
export async function claimAndLoad<R>(
  tx: Tx,
  type: VersionedType,
  id: string,
  expected: number,
  load: () => Promise<R | null>,
): Promise<{ newVersion: number; before: R }> {
  const newVersion = await claimVersion(tx, type, id, expected, load);
  const before = await load();
  if (before === null) throw new DomainError("NOT_FOUND", `No ${type} with id ${id}.`, { parameter: "id" });
  return { newVersion, before };
}
