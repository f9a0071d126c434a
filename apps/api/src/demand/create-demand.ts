// Raising a demand with its quotes (as a draft); its history starts as OPEN.
import { type Db } from "@parley/db";
import { recordAudit, transaction, type Actor } from "../audit/audit.js";
import { checkQuotes } from "../round/fact-lists.js";
import { inputError, parseInput } from "../validation/parse-input.js";
import { demandInput } from "./demand-record.js";

/** Quotes newly linked to a demand must exist and not be deleted. */

export async function createDemand(db: Db, actor: Actor, input: unknown): Promise<string> {
  const v = parseInput(demandInput, input);
  return transaction(db, async (tx) => {
    if (await tx.demand.findUnique({ where: { slug: v.slug }, select: { id: true } })) {
      throw inputError(["slug"], `"${v.slug}" is already taken.`);
    }
    const ids = [...new Set(v.evidenceIds)];
    await checkQuotes(tx, ids, ["evidenceIds"]);
    const created = await tx.demand.create({
      data: {
        slug: v.slug,
        fromPartyId: v.fromPartyId,
        toPartyId: v.toPartyId ?? null,
        topicId: v.topicId,
        roundId: v.roundId ?? null,
        summary: v.summary,
        raisedOn: v.raised.on,
        datePrecision: v.raised.precision,
        evidence: { create: ids.map((evidenceId) => ({ evidenceId })) },
        history: {
          create: { demandStatus: "OPEN", changedOn: v.raised.on, datePrecision: v.raised.precision, roundId: v.roundId ?? null, evidenceId: ids[0] ?? null },
        },
      },
    });
    await recordAudit(tx, actor, {
      action: "CREATE",
      entityType: "Demand",
      entityId: created.id,
      version: created.version,
      before: null,
      after: { ...created, evidenceIds: ids },
    });
    return created.id;
  });
}
