// An article's editorial state, for the record engine's state changes.
import type { StatefulRecord } from "../record-engine/record-spec.js";

export const articleState: StatefulRecord = {
  type: "Article",
  load: (tx, id) => tx.article.findUnique({ where: { id }, omit: { body: true } }),
  setState: async (tx, id, effect) => void (await tx.article.update({ where: { id }, data: effect })),
  // CONFLICT leaves out an article's (long) body; its audit entries keep it.
  audited: (tx, id, current) => (current ? tx.article.findUnique({ where: { id }, omit: { body: true } }) : tx.article.findUnique({ where: { id } })),
};
