// A demand's editorial state, for the record engine's state changes: a demand resting on a deleted quote
// is not restored.
import { refuseDeletedQuotes } from "../evidence/quote-rules.js";
import type { StatefulRecord } from "../record-engine/record-spec.js";
import { DEMAND_AUDIT } from "./demand-record.js";

export const demandState: StatefulRecord = {
  type: "Demand",
  load: (tx, id) => tx.demand.findUnique({ where: { id } }),
  setState: async (tx, id, effect) => {
    if ("deletedAt" in effect && effect.deletedAt === null) {
      const quotes = await tx.demandEvidence.findMany({ where: { demandId: id }, select: { evidenceId: true } });
      await refuseDeletedQuotes(
        tx,
        "Demand",
        quotes.map((e) => e.evidenceId),
      );
    }
    await tx.demand.update({ where: { id }, data: effect });
  },
  audited: (tx, id, current) => (current ? tx.demand.findUnique({ where: { id } }) : tx.demand.findUnique({ where: { id }, ...DEMAND_AUDIT })),
};
