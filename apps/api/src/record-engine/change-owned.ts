// A change to something a record keeps as part of itself (a round's quotes and date reports, a proposal's
// quotes, a demand's status history). None of these rows has a version of its own: each change claims its
// owner's version (a stale one gets CONFLICT), refuses a deleted owner, and is audited on the owner with
// its lists before and after, so history and revert see it. The caller runs it inside one transaction.
import { DomainError } from "../errors/domain-error.js";
import { type Actor, recordAudit, type Tx } from "../audit/audit.js";
import { claimVersion, type VersionedType } from "../versioning/claim-version.js";
import { deletedError } from "./deleted-error.js";
import { catalogState, type RecordSpec, type StatefulRecord } from "./record-spec.js";

/** An owner: its type, its state (CONFLICT answers with it) and the shape its audit entries hold. */
export interface Owner {
  type: VersionedType;
  state: StatefulRecord;
  audited(tx: Tx, id: string): Promise<object | null>;
}

/** A catalog record as an owner: audited by its snapshot. */
export function catalogOwner<I extends object>(type: VersionedType, spec: RecordSpec<I>): Owner {
  return { type, state: catalogState(spec), audited: (tx, id) => spec.snapshot(tx, id) };
}

/** A BAD_USER_INPUT about a parameter of its own (`evidence`), not a field of an input. */
export const argumentError = (parameter: string, message: string) => new DomainError("BAD_USER_INPUT", message, { parameter, field: [] });

/**
 * One change to something an owner keeps: claims the owner's version, refuses a deleted owner, runs
 * `change`, and audits the owner before and after as an UPDATE.
 */
export async function changeOwned<T>(tx: Tx, actor: Actor, owner: Owner, id: string, version: number, argument: string, change: () => Promise<T>): Promise<T> {
  const newVersion = await claimVersion(tx, owner.type, id, version, () => owner.state.audited(tx, id, true));
  if ((await owner.state.load(tx, id))?.deletedAt) throw deletedError(owner.type, argument);
  const before = await owner.audited(tx, id);
  const result = await change();
  await recordAudit(tx, actor, { action: "UPDATE", entityType: owner.type, entityId: id, version: newVersion, before, after: await owner.audited(tx, id) });
  return result;
}
