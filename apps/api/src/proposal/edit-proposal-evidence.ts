// The quotes behind a proposal: a new version of the proposal, audited on it.
import type { Db } from "@parley/db";
import { type Actor, transaction } from "../audit/audit.js";
import { argumentError, catalogOwner, changeOwned } from "../record-engine/change-owned.js";
import { quotesUsable } from "../round/fact-lists.js";
import { proposalRecord } from "./proposal-record.js";

const proposalOwner = catalogOwner("Proposal", proposalRecord);

export async function addProposalEvidence(db: Db, actor: Actor, proposalId: string, version: number, evidenceId: string): Promise<void> {
  await transaction(db, (tx) =>
    changeOwned(tx, actor, proposalOwner, proposalId, version, "proposal", async () => {
      if (!(await quotesUsable(tx, [evidenceId]))) throw argumentError("evidence", "no such quote (or it is deleted).");
      if (await tx.proposalEvidence.findUnique({ where: { proposalId_evidenceId: { proposalId, evidenceId } } }))
        throw argumentError("evidence", "this quote already backs the proposal.");
      await tx.proposalEvidence.create({ data: { proposalId, evidenceId } });
    }),
  );
}

export async function removeProposalEvidence(db: Db, actor: Actor, proposalId: string, version: number, evidenceId: string): Promise<void> {
  await transaction(db, (tx) =>
    changeOwned(tx, actor, proposalOwner, proposalId, version, "proposal", async () => {
      const removed = await tx.proposalEvidence.deleteMany({ where: { proposalId, evidenceId } });
      if (removed.count === 0) throw argumentError("evidence", "this quote does not back the proposal.");
    }),
  );
}
