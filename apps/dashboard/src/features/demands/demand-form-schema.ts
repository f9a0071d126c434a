// The demand form's values and rules (client and server action validate with the same schema). The
// fields are named as the API's DemandInput names them, so an API error's field is the form's field.
import { z } from "zod";
import { partialDateFieldsSchema, partialDateSchema } from "@/features/editing/partial-date-value";
import { pickOptionSchema } from "@/features/editing/pick-option";
import { slugRule } from "@/features/editing/record-rules";

export const DEMAND_SUMMARY_MAX = 4000;

export const demandFormSchema = z.object({
  summary: z.string().trim().min(1, "summary.required").max(DEMAND_SUMMARY_MAX, "summary.tooLong"),
  // The catalog forms' slug rule, so every form words a bad slug the same way.
  slug: slugRule,
  from: pickOptionSchema.nullable().refine((v) => Boolean(v), "required"),
  // Whether a party demands of itself is the API's rule; its refusal lands on this field.
  to: pickOptionSchema.nullable(),
  topic: pickOptionSchema.nullable().refine((v) => Boolean(v), "required"),
  raised: partialDateSchema,
  round: pickOptionSchema.nullable(),
  evidence: z.array(pickOptionSchema).min(1, "evidence.required").max(50, "evidence.tooMany"),
});

export type DemandFormValues = z.infer<typeof demandFormSchema>;

/** A stored draft: the same shape, not yet valid. */
export const demandDraftSchema = z.object({
  summary: z.string(),
  slug: z.string(),
  from: pickOptionSchema.nullable(),
  to: pickOptionSchema.nullable(),
  topic: pickOptionSchema.nullable(),
  raised: partialDateFieldsSchema,
  round: pickOptionSchema.nullable(),
  evidence: z.array(pickOptionSchema),
});

export const DEMAND_FIELDS = ["summary", "slug", "from", "to", "topic", "raised", "round", "evidence"] as const satisfies readonly (keyof DemandFormValues)[];
export type DemandField = (typeof DEMAND_FIELDS)[number];
