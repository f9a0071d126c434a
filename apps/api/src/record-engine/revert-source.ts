// Reverting a source or a demand (articles, evidence, demands) to an earlier version: the audited record at
// that version is written back through the entity's ordinary update (its `revert-<entity>.ts`), so the same
// rules apply (an article body that would lose a quote is still refused) and the change is audited as a REVERT.
import { isoDayOf } from "@parley/domain";
import type { Db } from "@parley/db";
import { DomainError } from "../errors/domain-error.js";
import { stateAtVersion } from "../audit/audit.js";

/** A record as one of its audit entries holds it (JSON: days are ISO strings). */
export type Snapshot = Record<string, unknown>;

/** A day the audit entry holds as an ISO string, or null. */
export const snapshotDay = (value: unknown) => (typeof value === "string" ? isoDayOf(value) : null);

/** The record as audited at `version`, or null when no entry holds it. */
export async function auditedSnapshot(db: Db, type: string, id: string, version: number): Promise<Snapshot | null> {
  return (await stateAtVersion(db, type, id, version)) as Snapshot | null;
}

/** The snapshot a revert writes back: NOT_FOUND (on `toVersion`) when there is none. */
export function versionToRevertTo(type: string, toVersion: number, snapshot: Snapshot | null): Snapshot {
  if (!snapshot) throw new DomainError("NOT_FOUND", `No recorded version ${toVersion} of this ${type}.`, { parameter: "toVersion" });
  return snapshot;
}
