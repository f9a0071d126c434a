// The round form's values and rules (client and server action validate with the same schema). The
// fields are named as the API's RoundInput names them, so an API error's field is the form's field.
import { z } from "zod";
import { partialDateFieldsSchema, partialDateSchema } from "@/features/editing/partial-date-value";
import { pickOptionSchema } from "@/features/editing/pick-option";
import { slugRule } from "@/features/editing/record-rules";
import { enumValues } from "@/lib/format/enums";
import { PARTICIPANT_ROLES, ROUND_FORMATS } from "./round-enums";

const optionalText = (max: number) => z.string().trim().max(max, "tooLong");

export const roundFormSchema = z.object({
  title: z.string().trim().min(1, "title.required").max(500, "tooLong"),
  // The catalog forms' slug rule, so every form words a bad slug the same way.
  slug: slugRule,
  process: z.string(),
  sequence: z
    .string()
    .trim()
    .regex(/^([1-9]\d{0,5})?$/, "number"),
  roundStatus: z.enum(enumValues.RoundStatus),
  format: z.enum(ROUND_FORMATS),
  start: partialDateSchema,
  // Whether the end comes before the start is the API's rule (judged on what a partial end may mean).
  end: partialDateSchema,
  venue: optionalText(200),
  city: optionalText(200),
  country: z
    .string()
    .trim()
    .regex(/^([A-Za-z]{2})?$/, "country"),
  summary: optionalText(4000),
  outcome: optionalText(4000),
  agenda: z.array(pickOptionSchema).max(100, "tooLong"),
  participants: z.array(z.object({ party: pickOptionSchema, role: z.enum(PARTICIPANT_ROLES) })).max(50, "tooLong"),
});

export type RoundFormValues = z.infer<typeof roundFormSchema>;

/** A stored draft: the same shape, not yet valid. */
export const roundDraftSchema = roundFormSchema.extend({
  title: z.string(),
  slug: z.string(),
  sequence: z.string(),
  start: partialDateFieldsSchema,
  end: partialDateFieldsSchema,
  venue: z.string(),
  city: z.string(),
  country: z.string(),
  summary: z.string(),
  outcome: z.string(),
});

export const ROUND_FIELDS = [
  "title",
  "slug",
  "process",
  "sequence",
  "roundStatus",
  "format",
  "start",
  "end",
  "venue",
  "city",
  "country",
  "summary",
  "outcome",
  "agenda",
  "participants",
] as const satisfies readonly (keyof RoundFormValues)[];
export type RoundField = (typeof ROUND_FIELDS)[number];
