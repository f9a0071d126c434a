// One entry of a demand's status history as the status dialog edits it (client and server action).
import { z } from "zod";
import { partialDateSchema } from "@/features/editing/partial-date-value";
import { pickOptionSchema } from "@/features/editing/pick-option";
import { enumValues } from "@/lib/format/enums";

export const statusChangeSchema = z.object({
  status: z.enum(enumValues.DemandStatus),
  changed: partialDateSchema,
  round: pickOptionSchema.nullable(),
  evidence: pickOptionSchema.nullable(),
  note: z.string().max(4000, "note.tooLong"),
});

export type StatusChangeValues = z.infer<typeof statusChangeSchema>;
export const STATUS_CHANGE_FIELDS = ["status", "changed", "round", "evidence", "note"] as const satisfies readonly (keyof StatusChangeValues)[];
