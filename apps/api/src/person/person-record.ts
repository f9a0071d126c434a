// A person as the record engine edits it: aliases and roles over time are replaced as lists.
import { z } from "zod";
import type { Tx } from "../audit/audit.js";
import { recordSpec } from "../record-engine/record-spec.js";
import { partialDateText } from "@parley/domain";
import { syncAliases } from "../record-engine/aliases.js";
import { aliasList, refineEndNotBeforeStart, LIMITS, partialDate, slug, text, uuid } from "../validation/field-rules.js";

const roleInput = z
  .object({ title: text(LIMITS.name), partyId: uuid.nullish(), start: partialDate.optional(), end: partialDate.optional(), evidenceId: uuid.nullish() })
  .superRefine(refineEndNotBeforeStart);
const personFields = z.object({
  slug,
  name: text(LIMITS.name),
  description: text(LIMITS.note).nullish(),
  aliases: aliasList,
  roles: z.array(roleInput).max(100).optional(),
});

async function replaceRoles(tx: Tx, personId: string, roles: z.infer<typeof roleInput>[] | undefined): Promise<void> {
  if (!roles) return;
  await tx.personRole.deleteMany({ where: { personId } });
  await tx.personRole.createMany({
    data: roles.map((r) => ({
      personId,
      title: r.title,
      partyId: r.partyId ?? null,
      startDate: r.start?.on ?? null,
      startDatePrecision: r.start?.precision ?? "UNKNOWN",
      endDate: r.end?.on ?? null,
      endDatePrecision: r.end?.precision ?? "UNKNOWN",
      evidenceId: r.evidenceId ?? null,
    })),
  });
}
export const personRecord = recordSpec({
  type: "Person",
  schema: personFields,
  patch: personFields.partial(),
  load: (tx, id) => tx.person.findUnique({ where: { id } }),
  slugTaken: async (tx, s) => (await tx.person.count({ where: { slug: s } })) > 0,
  create: async (tx, { aliases: names, roles, ...v }) => {
    const row = await tx.person.create({ data: v, select: { id: true } });
    await syncAliases(tx, "person", row.id, { ...v, aliases: names ?? [] });
    await replaceRoles(tx, row.id, roles);
    return row;
  },
  update: async (tx, id, { aliases: names, roles, ...v }) => {
    await tx.person.update({ where: { id }, data: v });
    await syncAliases(tx, "person", id, { ...v, aliases: names });
    await replaceRoles(tx, id, roles);
  },
  snapshot: async (tx, id) => {
    const p = await tx.person.findUniqueOrThrow({ where: { id }, include: { aliases: { orderBy: { name: "asc" } }, roles: { orderBy: { id: "asc" } } } });
    return {
      slug: p.slug,
      name: p.name,
      description: p.description,
      aliases: p.aliases.map((a) => a.name),
      roles: p.roles.map((r) => ({
        title: r.title,
        partyId: r.partyId,
        start: partialDateText(r.startDate, r.startDatePrecision),
        end: partialDateText(r.endDate, r.endDatePrecision),
        evidenceId: r.evidenceId,
      })),
    };
  },
  setState: async (tx, id, effect) => void (await tx.person.update({ where: { id }, data: effect })),
});
