// The delegation form's values and rules (client and server validate with the same schema): the party,
// the round, and its seats (who, as head, member or adviser, how certain, and the quote naming them).
import { z } from "zod";
import { ATTENDANCES, DELEGATION_ROLES } from "@/features/editing/catalog-enums";
import { pickOptionSchema } from "@/features/editing/pick-option";
import { noteRule } from "@/features/editing/record-rules";
import type { FormRecord } from "@/features/editing/record-save";

/** A relation the form starts without but cannot save without (kept nullable so an empty form is typed). */
const requiredPick = (message: string) =>
  pickOptionSchema.nullable().superRefine((p, ctx) => {
    if (p === null) ctx.addIssue({ code: "custom", message });
  });

const seatSchema = z.object({
  person: pickOptionSchema,
  role: z.enum(DELEGATION_ROLES),
  attendance: z.enum(ATTENDANCES),
  evidence: pickOptionSchema.nullable(),
});

export const delegationFormSchema = z.object({
  party: requiredPick("party.required"),
  round: requiredPick("round.required"),
  members: z.array(seatSchema).max(100),
  note: noteRule,
});
export type DelegationFormValues = z.infer<typeof delegationFormSchema>;
export type SeatValues = z.infer<typeof seatSchema>;

export const delegationDraftSchema = delegationFormSchema.extend({
  party: pickOptionSchema.nullable(),
  round: pickOptionSchema.nullable(),
  note: z.string(),
});

export const DELEGATION_FIELDS = ["party", "round", "members", "note"] as const satisfies readonly (keyof DelegationFormValues)[];

export type DelegationRecord = FormRecord<DelegationFormValues>;
