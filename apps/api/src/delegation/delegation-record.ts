// A delegation as the record engine edits it: who represented a party at a round.
import { z } from "zod";
import type { Tx } from "../audit/audit.js";
import { recordSpec } from "../record-engine/record-spec.js";
import { Attendance, DelegationRole } from "@parley/db";
import { inputError } from "../validation/parse-input.js";
import { LIMITS, text, uuid } from "../validation/field-rules.js";

const member = z.object({
  personId: uuid,
  role: z.enum(DelegationRole).default("MEMBER"),
  attendance: z.enum(Attendance).default("REPORTED"),
  evidenceId: uuid.nullish(),
});
const delegationFields = z.object({
  roundId: uuid,
  partyId: uuid,
  note: text(LIMITS.note).nullish(),
  members: z
    .array(member)
    .max(100)
    .refine((m) => m.filter((x) => x.role === "HEAD").length <= 1, "a delegation has at most one head")
    .optional(),
});
type DelegationInput = z.infer<typeof delegationFields>;
async function replaceMembers(tx: Tx, delegationId: string, members: DelegationInput["members"]): Promise<void> {
  if (!members) return;
  await tx.delegationMember.deleteMany({ where: { delegationId } });
  await tx.delegationMember.createMany({
    data: members.map((m) => ({ delegationId, personId: m.personId, role: m.role, attendance: m.attendance, evidenceId: m.evidenceId ?? null })),
    skipDuplicates: true,
  });
}
export const delegationRecord = recordSpec<DelegationInput>({
  type: "Delegation",
  schema: delegationFields,
  patch: delegationFields.partial(),
  load: (tx, id) => tx.delegation.findUnique({ where: { id } }),
  create: async (tx, { members, ...v }) => {
    if (await tx.delegation.count({ where: { roundId: v.roundId, partyId: v.partyId } })) {
      throw inputError(["partyId"], "this party already has a delegation at this round; edit that one.");
    }
    const row = await tx.delegation.create({ data: v, select: { id: true } });
    await replaceMembers(tx, row.id, members);
    return row;
  },
  update: async (tx, id, { members, ...v }) => {
    await tx.delegation.update({ where: { id }, data: v });
    await replaceMembers(tx, id, members);
  },
  snapshot: async (tx, id) => {
    const d = await tx.delegation.findUniqueOrThrow({ where: { id }, include: { members: { orderBy: { id: "asc" } } } });
    return {
      roundId: d.roundId,
      partyId: d.partyId,
      note: d.note,
      members: d.members.map((m) => ({ personId: m.personId, role: m.role, attendance: m.attendance, evidenceId: m.evidenceId })),
    };
  },
  setState: async (tx, id, effect) => void (await tx.delegation.update({ where: { id }, data: effect })),
});
