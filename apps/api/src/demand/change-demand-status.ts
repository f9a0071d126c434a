// Recording a change in a demand's status; the current status follows the latest entry.
import { type Db } from "@parley/db";
import { recordAudit, transaction, type Actor } from "../audit/audit.js";
import { deletedError } from "../record-engine/deleted-error.js";
import { checkQuotes } from "../round/fact-lists.js";
import { parseInput } from "../validation/parse-input.js";
import { claimAndLoad } from "../versioning/claim-version.js";
import { DEMAND_AUDIT, settleDemandStatus, statusChangeColumns, statusChangeInput } from "./demand-record.js";

export async function changeDemandStatus(db: Db, actor: Actor, id: string, version: number, input: unknown): Promise<string> {
  const v = parseInput(statusChangeInput, input);
  return transaction(db, async (tx) => {
    const { newVersion, before } = await claimAndLoad(tx, "Demand", id, version, () => tx.demand.findUnique({ where: { id }, ...DEMAND_AUDIT }));
    if (before.deletedAt) throw deletedError("Demand");
    if (v.evidenceId) await checkQuotes(tx, [v.evidenceId], ["evidenceId"]);
    await tx.demandStatusChange.create({
      data: { demandId: id, ...statusChangeColumns(v) },
    });
    if (v.evidenceId) await tx.demandEvidence.createMany({ data: [{ demandId: id, evidenceId: v.evidenceId }], skipDuplicates: true });
    await settleDemandStatus(tx, id);
    const after = await tx.demand.findUniqueOrThrow({ where: { id }, ...DEMAND_AUDIT });
    await recordAudit(tx, actor, { action: "UPDATE", entityType: "Demand", entityId: id, version: newVersion, before, after });
    return id;
  });
}
