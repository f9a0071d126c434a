// Corrections to a demand's status history: a new version of the demand, audited on it with its quotes
// and history (record-engine/change-owned.ts); the demand's status follows its latest entry.
import { partialDateText } from "@parley/domain";
import type { Db } from "@parley/db";
import { DomainError } from "../errors/domain-error.js";
import { type Actor, transaction } from "../audit/audit.js";
import { changeOwned, type Owner } from "../record-engine/change-owned.js";
import { checkQuotes } from "../round/fact-lists.js";
import { inputError, parseInput } from "../validation/parse-input.js";
import { settleDemandStatus, statusChangeColumns, statusChangeInput } from "./demand-record.js";
import { demandState } from "./demand-state.js";

/** A demand is audited with its quotes and status history. */
const demandOwner: Owner = { type: "Demand", state: demandState, audited: (tx, id) => demandState.audited(tx, id, false) };

/** A change's demand: NOT_FOUND when there is no such change. */
async function changeDemand(db: Db, changeId: string): Promise<string> {
  const change = await db.demandStatusChange.findUnique({ where: { id: changeId }, select: { demandId: true } });
  if (!change) throw new DomainError("NOT_FOUND", `No status change with id ${changeId}.`, { parameter: "id" });
  return change.demandId;
}

/** Corrects one entry of a demand's history; the demand's status follows its latest entry. `version` is the demand's. */
export async function updateDemandStatusChange(db: Db, actor: Actor, changeId: string, version: number, patch: Record<string, unknown>): Promise<string> {
  const demandId = await changeDemand(db, changeId);
  return transaction(db, (tx) =>
    changeOwned(tx, actor, demandOwner, demandId, version, "id", async () => {
      const current = await tx.demandStatusChange.findUnique({ where: { id: changeId } });
      if (!current || current.demandId !== demandId) throw new DomainError("NOT_FOUND", `No status change with id ${changeId}.`, { parameter: "id" });
      const v = parseInput(statusChangeInput, {
        status: current.demandStatus,
        changed: partialDateText(current.changedOn, current.datePrecision),
        roundId: current.roundId,
        evidenceId: current.evidenceId,
        note: current.note,
        ...patch,
      });
      if (v.roundId && v.roundId !== current.roundId && (await tx.round.count({ where: { id: v.roundId, deletedAt: null } })) === 0)
        throw inputError(["roundId"], "no such round.");
      if (v.evidenceId && v.evidenceId !== current.evidenceId) {
        await checkQuotes(tx, [v.evidenceId], ["evidenceId"]);
        // Like a new status change, its quote is one of the demand's quotes.
        await tx.demandEvidence.createMany({ data: [{ demandId, evidenceId: v.evidenceId }], skipDuplicates: true });
      }
      await tx.demandStatusChange.update({
        where: { id: changeId },
        data: statusChangeColumns(v),
      });
      await settleDemandStatus(tx, demandId);
      return demandId;
    }),
  );
}

/** Removes a wrong entry from a demand's history (never its last one); the status follows the latest remaining entry. */
export async function deleteDemandStatusChange(db: Db, actor: Actor, changeId: string, version: number): Promise<string> {
  const demandId = await changeDemand(db, changeId);
  return transaction(db, (tx) =>
    changeOwned(tx, actor, demandOwner, demandId, version, "id", async () => {
      const removed = await tx.demandStatusChange.deleteMany({ where: { id: changeId, demandId } });
      if (removed.count === 0) throw new DomainError("NOT_FOUND", `No status change with id ${changeId}.`, { parameter: "id" });
      if ((await tx.demandStatusChange.count({ where: { demandId } })) === 0) {
        throw new DomainError("BAD_USER_INPUT", "This is the demand's only status change; correct it instead of removing it.", { parameter: "id" });
      }
      await settleDemandStatus(tx, demandId);
      return demandId;
    }),
  );
}
