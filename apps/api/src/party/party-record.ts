// A party as the record engine edits it; its own names are always among its aliases.
import { z } from "zod";
import { recordSpec } from "../record-engine/record-spec.js";
import { PartyKind } from "@parley/db";
import { syncAliases } from "../record-engine/aliases.js";
import { aliasList, LIMITS, slug, text } from "../validation/field-rules.js";

const partyFields = z.object({
  slug,
  name: text(LIMITS.name),
  shortName: text(50).nullish(),
  kind: z.enum(PartyKind),
  description: text(LIMITS.note).nullish(),
  aliases: aliasList,
});
export const partyRecord = recordSpec({
  type: "Party",
  schema: partyFields,
  patch: partyFields.partial(),
  load: (tx, id) => tx.party.findUnique({ where: { id } }),
  slugTaken: async (tx, s) => (await tx.party.count({ where: { slug: s } })) > 0,
  create: async (tx, { aliases: names, ...v }) => {
    const row = await tx.party.create({ data: v, select: { id: true } });
    await syncAliases(tx, "party", row.id, { ...v, aliases: names ?? [] });
    return row;
  },
  update: async (tx, id, { aliases: names, ...v }) => {
    await tx.party.update({ where: { id }, data: v });
    await syncAliases(tx, "party", id, { ...v, aliases: names });
  },
  snapshot: async (tx, id) => {
    const p = await tx.party.findUniqueOrThrow({ where: { id }, include: { aliases: { orderBy: { name: "asc" } } } });
    return { slug: p.slug, name: p.name, shortName: p.shortName, kind: p.kind, description: p.description, aliases: p.aliases.map((a) => a.name) };
  },
  setState: async (tx, id, effect) => void (await tx.party.update({ where: { id }, data: effect })),
});
