// A passage made evidence from the reader: the quote itself and what it backs (see passage-targets.ts).
// One flat schema for the panel and its server action; each target requires only its own fields.
import { z } from "zod";
import { enumValues } from "@/lib/format/enums";
import { EMPTY_PARTIAL_DATE, partialDateSchema } from "@/features/editing/partial-date-value";
import { pickOptionSchema, type PickOption } from "@/features/editing/pick-option";
import { ATTENDANCES, DELEGATION_ROLES } from "@/features/editing/catalog-enums";
import { DATE_REPORT_KINDS } from "@/features/rounds/round-enums";
import { slugRule } from "@/features/editing/record-rules";
import { SUMMARY_MAX } from "@/features/positions/position-form-schema";
import type { Passage } from "@/features/editing/text-selection";
import { PASSAGE_TARGETS, type PassageTarget } from "./passage-targets";

const CONFIDENCES = ["HIGH", "MEDIUM", "LOW"] as const;
const pick = pickOptionSchema.nullable();

export const passageSchema = z
  .object({
    article: z.string().min(1),
    start: z.number().int().min(0),
    end: z.number().int().min(1),
    exact: z.string().min(1).max(5000, "quote.tooLong"),
    attribution: z.enum(enumValues.Attribution),
    confidence: z.enum(CONFIDENCES),
    speaker: pick,
    translation: z.string().max(5000),
    target: z.enum(PASSAGE_TARGETS),
    existing: pick,
    demand: pick,
    round: pick,
    aspect: z.enum(enumValues.RoundAspect),
    party: pick,
    to: pick,
    topic: pick,
    person: pick,
    stance: z.enum(enumValues.Stance),
    summary: z.string().max(SUMMARY_MAX, "summary.tooLong"),
    slug: z.string().trim(),
    stated: partialDateSchema,
    raised: partialDateSchema,
    status: z.enum(enumValues.DemandStatus),
    changed: partialDateSchema,
    note: z.string().max(2000),
    kind: z.enum(DATE_REPORT_KINDS),
    periodStart: partialDateSchema,
    periodEnd: partialDateSchema,
    title: z.string().max(200),
    seatRole: z.enum(DELEGATION_ROLES),
    attendance: z.enum(ATTENDANCES),
  })
  .superRefine((v, ctx) => {
    const need = (ok: unknown, path: string, message: string) => {
      if (!ok) ctx.addIssue({ code: "custom", path: [path], message });
    };
    switch (v.target) {
      case "newPosition":
        need(v.party, "party", "passage.partyRequired");
        need(v.topic, "topic", "passage.topicRequired");
        need(v.summary.trim(), "summary", "summary.required");
        break;
      case "existingPosition":
        need(v.existing, "existing", "passage.existingRequired");
        break;
      case "newDemand":
        need(v.party, "party", "passage.fromRequired");
        need(v.topic, "topic", "passage.topicRequired");
        need(v.summary.trim(), "summary", "summary.required");
        {
          const slug = slugRule.safeParse(v.slug);
          if (!slug.success) need(false, "slug", slug.error.issues[0]?.message ?? "slug.pattern");
        }
        break;
      case "existingDemand":
      case "demandStatus":
        need(v.demand, "demand", "passage.demandRequired");
        break;
      case "roundFact":
      case "dateReport":
        need(v.round, "round", "passage.roundRequired");
        break;
      case "role":
        need(v.person, "person", "passage.personRequired");
        need(v.title.trim(), "title", "passage.titleRequired");
        break;
      case "seat":
        need(v.round, "round", "passage.roundRequired");
        need(v.party, "party", "passage.partyRequired");
        need(v.person, "person", "passage.personRequired");
        break;
    }
  });

export type PassageValues = z.infer<typeof passageSchema>;

/** The panel's start for a passage: nothing chosen but the speaker the mention list may have named. */
export function passageDefaults(articleId: string, p: Passage, speaker: PickOption | null, target: PassageTarget = "newPosition"): PassageValues {
  return {
    article: articleId,
    start: p.start,
    end: p.end,
    exact: p.exact,
    attribution: "ON_RECORD",
    confidence: "MEDIUM",
    speaker,
    translation: "",
    target,
    existing: null,
    demand: null,
    round: null,
    aspect: "GENERAL",
    party: null,
    to: null,
    topic: null,
    person: null,
    stance: "OPEN_TO",
    summary: "",
    slug: "",
    stated: EMPTY_PARTIAL_DATE,
    raised: EMPTY_PARTIAL_DATE,
    status: "MET",
    changed: EMPTY_PARTIAL_DATE,
    note: "",
    kind: "HELD",
    periodStart: EMPTY_PARTIAL_DATE,
    periodEnd: EMPTY_PARTIAL_DATE,
    title: "",
    seatRole: "MEMBER",
    attendance: "REPORTED",
  };
}

export { CONFIDENCES };
