// The proposal form's values and rules (client and server action validate with the same schema): the
// proposal, its versions and each version's points. Fields are named as the API's ProposalInput names
// them, so an API error's path ("input.versions.0.label") is the form's path.
import { z } from "zod";
import { partialDateFieldsSchema, partialDateSchema } from "@/features/editing/partial-date-value";
import { pickOptionSchema } from "@/features/editing/pick-option";
import { slugRule } from "@/features/editing/record-rules";

const count = z
  .string()
  .trim()
  .regex(/^([1-9]\d{0,4})?$/, "number");
const required = z
  .string()
  .trim()
  .regex(/^[1-9]\d{0,4}$/, "number");

const pointSchema = z.object({
  number: required,
  text: z.string().trim().min(1, "text.required").max(4000, "tooLong"),
  topic: pickOptionSchema.nullable(),
});

const versionSchema = z.object({
  number: required,
  label: z.string().trim().min(1, "label.required").max(500, "tooLong"),
  presented: partialDateSchema,
  round: pickOptionSchema.nullable(),
  summary: z.string().trim().max(4000, "tooLong"),
  pointCount: count,
  pointCountNote: z.string().trim().max(200, "tooLong"),
  points: z.array(pointSchema).max(200, "tooLong"),
});

export const proposalFormSchema = z.object({
  title: z.string().trim().min(1, "title.required").max(500, "tooLong"),
  // The catalog forms' slug rule, so every form words a bad slug the same way.
  slug: slugRule,
  description: z.string().trim().max(4000, "tooLong"),
  authorParty: pickOptionSchema.nullable(),
  versions: z.array(versionSchema).max(50, "tooLong"),
});

export type ProposalFormValues = z.infer<typeof proposalFormSchema>;
export type ProposalVersionValues = ProposalFormValues["versions"][number];

/** A stored draft: the same shape, not yet valid. */
export const proposalDraftSchema = z.object({
  title: z.string(),
  slug: z.string(),
  description: z.string(),
  authorParty: pickOptionSchema.nullable(),
  versions: z.array(
    z.object({
      number: z.string(),
      label: z.string(),
      presented: partialDateFieldsSchema,
      round: pickOptionSchema.nullable(),
      summary: z.string(),
      pointCount: z.string(),
      pointCountNote: z.string(),
      points: z.array(z.object({ number: z.string(), text: z.string(), topic: pickOptionSchema.nullable() })),
    }),
  ),
});

export const PROPOSAL_FIELDS = ["title", "slug", "description", "authorParty", "versions"] as const satisfies readonly (keyof ProposalFormValues)[];
export type ProposalField = (typeof PROPOSAL_FIELDS)[number];
