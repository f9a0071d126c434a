// Changing a demand, and writing an earlier version back (revert), status history included.
import { type Db } from "@parley/db";
import { z } from "zod";
import { recordAudit, transaction, type Actor, type ChangeAction } from "../audit/audit.js";
import { deletedError } from "../record-engine/deleted-error.js";
import { checkQuotes } from "../round/fact-lists.js";
import { LIMITS, partialDate, text, uuid } from "../validation/field-rules.js";
import { inputError, parseInput } from "../validation/parse-input.js";
import { claimAndLoad } from "../versioning/claim-version.js";
import { DEMAND_AUDIT, historyInput, replaceHistory } from "./demand-record.js";

const demandPatch = z.object({
  toPartyId: uuid.nullish(),
  topicId: uuid.optional(),
  roundId: uuid.nullish(),
  summary: text(LIMITS.summary).optional(),
  raised: partialDate.optional(),
  evidenceIds: z.array(uuid).min(1, "a demand needs at least one quote").max(50).optional(),
  /** Only a revert writes the history back; editors change it entry by entry (round-facts.ts). */
  history: historyInput.optional(),
});

export async function updateDemand(db: Db, actor: Actor, id: string, version: number, patch: unknown, action: ChangeAction = "UPDATE"): Promise<string> {
  const v = parseInput(demandPatch, patch);
  return transaction(db, async (tx) => {
    const { newVersion, before } = await claimAndLoad(tx, "Demand", id, version, () => tx.demand.findUnique({ where: { id }, ...DEMAND_AUDIT }));
    if (before.deletedAt) throw deletedError("Demand");
    if (v.toPartyId && v.toPartyId === before.fromPartyId) throw inputError(["toPartyId"], "a party cannot make a demand of itself");
    if (v.evidenceIds) {
      const linked = new Set(before.evidence.map((e) => e.evidenceId));
      await checkQuotes(
        tx,
        [...new Set(v.evidenceIds)].filter((e) => !linked.has(e)),
        ["evidenceIds"],
      );
      await tx.demandEvidence.deleteMany({ where: { demandId: id, evidenceId: { notIn: v.evidenceIds } } });
      await tx.demandEvidence.createMany({ data: v.evidenceIds.map((evidenceId) => ({ demandId: id, evidenceId })), skipDuplicates: true });
    }
    if (v.history) {
      const had = new Set(before.history.map((c) => c.evidenceId));
      await checkQuotes(tx, [...new Set(v.history.flatMap((c) => (c.evidenceId && !had.has(c.evidenceId) ? [c.evidenceId] : [])))], ["history"]);
      await replaceHistory(tx, id, v.history);
    }
    await tx.demand.update({
      where: { id },
      data: {
        ...(v.toPartyId !== undefined ? { toPartyId: v.toPartyId } : {}),
        ...(v.topicId ? { topicId: v.topicId } : {}),
        ...(v.roundId !== undefined ? { roundId: v.roundId } : {}),
        ...(v.summary ? { summary: v.summary } : {}),
        ...(v.raised ? { raisedOn: v.raised.on, datePrecision: v.raised.precision } : {}),
      },
    });
    const after = await tx.demand.findUniqueOrThrow({ where: { id }, ...DEMAND_AUDIT });
    await recordAudit(tx, actor, { action, entityType: "Demand", entityId: id, version: newVersion, before, after });
    return id;
  });
}
