// Soft delete, restore, publish, unpublish: the same for every editable record, audited with the record
// as its audit entries keep it.
import type { Db } from "@parley/db";
import { stateChangeEffect, type StateChange } from "@parley/domain";
import { type Actor, recordAudit, transaction } from "../audit/audit.js";
import { claimVersion } from "../versioning/claim-version.js";
import type { StatefulRecord } from "./record-spec.js";

export async function changeRecordState(db: Db, actor: Actor, record: StatefulRecord, id: string, version: number, change: StateChange): Promise<string> {
  return transaction(db, async (tx) => {
    const newVersion = await claimVersion(tx, record.type, id, version, () => record.audited(tx, id, true));
    const before = await record.audited(tx, id, false);
    await record.setState(tx, id, stateChangeEffect(change));
    await recordAudit(tx, actor, {
      action: change,
      entityType: record.type,
      entityId: id,
      version: newVersion,
      before,
      after: await record.audited(tx, id, false),
    });
    return id;
  });
}
