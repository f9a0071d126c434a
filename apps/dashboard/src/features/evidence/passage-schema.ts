// A passage made evidence from the reader: the quote itself and what it backs (a new position, one that
// exists, or a fact about a round). One schema for the panel and its server action.
import { z } from "zod";
import { enumValues } from "@/lib/format/enums";
import { partialDateSchema } from "@/features/editing/partial-date-value";
import { pickOptionSchema } from "@/features/editing/pick-option";
import { SUMMARY_MAX } from "@/features/positions/position-form-schema";

const ATTRIBUTIONS = enumValues.Attribution;
const CONFIDENCES = ["HIGH", "MEDIUM", "LOW"] as const;

export const passageSchema = z
  .object({
    article: z.string().min(1),
    start: z.number().int().min(0),
    end: z.number().int().min(1),
    exact: z.string().min(1).max(5000, "quote.tooLong"),
    attribution: z.enum(ATTRIBUTIONS),
    confidence: z.enum(CONFIDENCES),
    speaker: pickOptionSchema.nullable(),
    translation: z.string().max(5000),
    target: z.enum(["new", "existing", "roundFact"]),
    round: pickOptionSchema.nullable(),
    aspect: z.enum(enumValues.RoundAspect),
    existing: pickOptionSchema.nullable(),
    party: pickOptionSchema.nullable(),
    topic: pickOptionSchema.nullable(),
    stance: z.enum(enumValues.Stance),
    summary: z.string().max(SUMMARY_MAX, "summary.tooLong"),
    stated: partialDateSchema,
  })
  .superRefine((v, ctx) => {
    if (v.target === "roundFact" && !v.round) ctx.addIssue({ code: "custom", path: ["round"], message: "passage.roundRequired" });
    if (v.target === "existing" && !v.existing) ctx.addIssue({ code: "custom", path: ["existing"], message: "passage.existingRequired" });
    if (v.target === "new") {
      if (!v.party) ctx.addIssue({ code: "custom", path: ["party"], message: "passage.partyRequired" });
      if (!v.topic) ctx.addIssue({ code: "custom", path: ["topic"], message: "passage.topicRequired" });
      if (!v.summary.trim()) ctx.addIssue({ code: "custom", path: ["summary"], message: "summary.required" });
    }
  });

export type PassageValues = z.infer<typeof passageSchema>;
export const PASSAGE_FIELDS = [
  "attribution",
  "confidence",
  "speaker",
  "translation",
  "existing",
  "round",
  "aspect",
  "party",
  "topic",
  "stance",
  "summary",
  "stated",
] as const satisfies readonly (keyof PassageValues)[];
export { CONFIDENCES };
