// The quote form's values and rules (client and server action validate with the same schema). Its
// span and exact text are fixed (mark a new passage instead); what is said about it can change. The
// fields are named as the API's EvidencePatchInput names them, so an API error lands on its field.
import { z } from "zod";
import { enumValues } from "@/lib/format/enums";
import { pickOptionSchema } from "@/features/editing/pick-option";
import { languageRule } from "@/features/editing/record-rules";
import type { FormRecord } from "@/features/editing/record-save";
import { CONFIDENCES } from "./passage/passage-schema";

export const QUOTE_TEXT_MAX = 5000;

export const quoteFormSchema = z.object({
  attribution: z.enum(enumValues.Attribution),
  confidence: z.enum(CONFIDENCES),
  speaker: pickOptionSchema.nullable(),
  speakerParty: pickOptionSchema.nullable(),
  translation: z.string().trim().max(QUOTE_TEXT_MAX, "text.tooLong"),
  translationLanguage: languageRule,
  note: z.string().trim().max(QUOTE_TEXT_MAX, "text.tooLong"),
});

export type QuoteFormValues = z.infer<typeof quoteFormSchema>;

/** A stored draft: the same shape, not yet valid. */
export const quoteDraftSchema = z.object({
  attribution: z.enum(enumValues.Attribution),
  confidence: z.enum(CONFIDENCES),
  speaker: pickOptionSchema.nullable(),
  speakerParty: pickOptionSchema.nullable(),
  translation: z.string(),
  translationLanguage: z.string(),
  note: z.string(),
});

export const QUOTE_FIELDS = [
  "attribution",
  "confidence",
  "speaker",
  "speakerParty",
  "translation",
  "translationLanguage",
  "note",
] as const satisfies readonly (keyof QuoteFormValues)[];
export type QuoteField = (typeof QUOTE_FIELDS)[number];

/** The quote as the form edits it, with the passage itself to show above the fields. */
export type QuoteRecord = FormRecord<QuoteFormValues> & { id: string; passage: string; article: { title: string; slug: string } };
