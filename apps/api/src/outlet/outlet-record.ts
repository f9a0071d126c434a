// An outlet as the record engine edits it.
import { z } from "zod";
import { recordSpec } from "../record-engine/record-spec.js";
import { LIMITS, slug, text } from "../validation/field-rules.js";

const outletFields = z.object({
  slug,
  name: text(LIMITS.name),
  url: z.string().url().max(2_000).nullish(),
  country: z.string().length(2).nullish(),
  language: z.string().max(20).nullish(),
});
export const outletRecord = recordSpec({
  type: "Outlet",
  schema: outletFields,
  patch: outletFields.partial(),
  load: (tx, id) => tx.outlet.findUnique({ where: { id } }),
  slugTaken: async (tx, s) => (await tx.outlet.count({ where: { slug: s } })) > 0,
  create: (tx, v) => tx.outlet.create({ data: v, select: { id: true } }),
  update: async (tx, id, v) => void (await tx.outlet.update({ where: { id }, data: v })),
  snapshot: async (tx, id) => {
    const o = await tx.outlet.findUniqueOrThrow({ where: { id } });
    return { slug: o.slug, name: o.name, url: o.url, country: o.country, language: o.language };
  },
  setState: async (tx, id, effect) => void (await tx.outlet.update({ where: { id }, data: effect })),
});
