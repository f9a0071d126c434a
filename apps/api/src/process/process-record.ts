// A negotiation process as the record engine edits it.
import { z } from "zod";
import { recordSpec } from "../record-engine/record-spec.js";
import { LIMITS, slug, text } from "../validation/field-rules.js";

const processFields = z.object({ slug, name: text(LIMITS.name), description: text(LIMITS.note).nullish() });
export const processRecord = recordSpec({
  type: "NegotiationProcess",
  schema: processFields,
  patch: processFields.partial(),
  load: (tx, id) => tx.negotiationProcess.findUnique({ where: { id } }),
  slugTaken: async (tx, s) => (await tx.negotiationProcess.count({ where: { slug: s } })) > 0,
  create: (tx, v) => tx.negotiationProcess.create({ data: v, select: { id: true } }),
  update: async (tx, id, v) => void (await tx.negotiationProcess.update({ where: { id }, data: v })),
  snapshot: async (tx, id) => {
    const p = await tx.negotiationProcess.findUniqueOrThrow({ where: { id } });
    return { slug: p.slug, name: p.name, description: p.description };
  },
  setState: async (tx, id, effect) => void (await tx.negotiationProcess.update({ where: { id }, data: effect })),
});
