// The quotes behind a round's facts (its date, venue, outcome…): a new version of the round, audited on it.
import type { Db, RoundAspect } from "@parley/db";
import { type Actor, transaction } from "../audit/audit.js";
import { argumentError, changeOwned } from "../record-engine/change-owned.js";
import { quotesUsable } from "./fact-lists.js";
import { roundOwner } from "./round-record.js";

export interface RoundEvidenceLink {
  roundId: string;
  version: number;
  evidenceId: string;
  aspect: RoundAspect;
}

export async function addRoundEvidence(db: Db, actor: Actor, link: RoundEvidenceLink): Promise<void> {
  await transaction(db, (tx) =>
    changeOwned(tx, actor, roundOwner, link.roundId, link.version, "round", async () => {
      if (!(await quotesUsable(tx, [link.evidenceId]))) throw argumentError("evidence", "no such quote (or it is deleted).");
      const key = { roundId: link.roundId, evidenceId: link.evidenceId, aspect: link.aspect };
      if (await tx.roundEvidence.findUnique({ where: { roundId_evidenceId_aspect: key } }))
        throw argumentError("evidence", `this quote already backs the round's ${link.aspect.toLowerCase()}.`);
      await tx.roundEvidence.create({ data: key });
    }),
  );
}

export async function removeRoundEvidence(db: Db, actor: Actor, link: RoundEvidenceLink): Promise<void> {
  await transaction(db, (tx) =>
    changeOwned(tx, actor, roundOwner, link.roundId, link.version, "round", async () => {
      const removed = await tx.roundEvidence.deleteMany({ where: { roundId: link.roundId, evidenceId: link.evidenceId, aspect: link.aspect } });
      if (removed.count === 0) throw argumentError("evidence", `this quote does not back the round's ${link.aspect.toLowerCase()}.`);
    }),
  );
}
