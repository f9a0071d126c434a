// The position form's values and rules (client and server validate with the same schema). Relations are
// kept with their labels, so a stored draft or a conflict can be shown without asking the API again.
import { z } from "zod";
import { partialDateFieldsSchema, partialDateSchema } from "@/features/editing/partial-date-value";
import { pickOptionSchema } from "@/features/editing/pick-option";
import { enumValues } from "@/lib/format/enums";

export const SUMMARY_MAX = 4000;

export const positionFormSchema = z.object({
  summary: z.string().trim().min(1, "summary.required").max(SUMMARY_MAX, "summary.tooLong"),
  stance: z.enum(enumValues.Stance),
  stated: partialDateSchema,
  party: pickOptionSchema,
  topic: pickOptionSchema,
  round: pickOptionSchema.nullable(),
  speaker: pickOptionSchema.nullable(),
  evidence: z.array(pickOptionSchema).min(1, "evidence.required").max(50, "evidence.tooMany"),
});

export type PositionFormValues = z.infer<typeof positionFormSchema>;

/** A stored draft: the same shape, not yet valid (a summary still empty, a date half typed). */
export const positionDraftSchema = z.object({
  summary: z.string(),
  stance: z.enum(enumValues.Stance),
  stated: partialDateFieldsSchema,
  party: pickOptionSchema,
  topic: pickOptionSchema,
  round: pickOptionSchema.nullable(),
  speaker: pickOptionSchema.nullable(),
  evidence: z.array(pickOptionSchema),
});

/** The form's fields, in order: the ones an API error or a conflict can name. */
export const POSITION_FIELDS = [
  "summary",
  "stance",
  "stated",
  "party",
  "topic",
  "round",
  "speaker",
  "evidence",
] as const satisfies readonly (keyof PositionFormValues)[];
export type PositionField = (typeof POSITION_FIELDS)[number];

export interface PositionRecord {
  id: string;
  version: number;
  values: PositionFormValues;
}
