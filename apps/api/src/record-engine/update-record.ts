// Changes a catalog record (or writes an earlier version back): claim the version, refuse a deleted record
// and a taken slug, write, audit — one transaction.
import type { Db } from "@parley/db";
import { type Actor, type ChangeAction, recordAudit, stateAtVersion, transaction } from "../audit/audit.js";
import { DomainError } from "../errors/domain-error.js";
import { parseInput } from "../validation/parse-input.js";
import { claimVersion } from "../versioning/claim-version.js";
import { refuseTakenSlug, slugOf } from "./create-record.js";
import { deletedError } from "./deleted-error.js";
import { catalogState, type RecordSpec } from "./record-spec.js";

export async function updateRecord<I extends object>(
  db: Db,
  actor: Actor,
  spec: RecordSpec<I>,
  id: string,
  version: number,
  patch: unknown,
  action: ChangeAction = "UPDATE",
): Promise<string> {
  const v = parseInput(spec.patch, patch);
  return transaction(db, async (tx) => {
    const newVersion = await claimVersion(tx, spec.type, id, version, () => catalogState(spec).audited(tx, id, true));
    if ((await spec.load(tx, id))?.deletedAt) throw deletedError(spec.type);
    const before = await spec.snapshot(tx, id);
    if (before.slug !== slugOf(v)) await refuseTakenSlug(tx, spec, slugOf(v));
    await spec.update(tx, id, v);
    await recordAudit(tx, actor, { action, entityType: spec.type, entityId: id, version: newVersion, before, after: await spec.snapshot(tx, id) });
    return id;
  });
}

/**
 * Puts a record back as it was at an earlier version — its fields and its lists (aliases, roles,
 * participants, members, versions) — recorded as a new version, through the ordinary update's rules.
 */
export async function revertRecord<I extends object>(
  db: Db,
  actor: Actor,
  spec: RecordSpec<I>,
  id: string,
  version: number,
  toVersion: number,
): Promise<string> {
  const state = await stateAtVersion(db, spec.type, id, toVersion);
  if (!state) throw new DomainError("NOT_FOUND", `No recorded version ${toVersion} of this ${spec.type}.`, { parameter: "toVersion" });
  return updateRecord(db, actor, spec, id, version, state, "REVERT");
}
