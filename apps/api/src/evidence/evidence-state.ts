// A quote's editorial state, for the record engine's state changes: a quote still in use is not deleted.
import { refuseDeletingQuoteInUse } from "./quote-rules.js";
import type { StatefulRecord } from "../record-engine/record-spec.js";

export const evidenceState: StatefulRecord = {
  type: "Evidence",
  load: (tx, id) => tx.evidence.findUnique({ where: { id } }),
  setState: async (tx, id, effect) => {
    if ("deletedAt" in effect && effect.deletedAt) await refuseDeletingQuoteInUse(tx, id);
    await tx.evidence.update({ where: { id }, data: effect });
  },
  audited: (tx, id) => tx.evidence.findUnique({ where: { id } }),
};
