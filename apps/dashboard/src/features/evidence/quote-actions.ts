"use server";
// Server action over the API's quote update: what is said about a passage (attribution, confidence,
// speaker, translation, note). Empty text clears a field; the API keeps the span as it is.
import { UpdateQuoteDocument } from "@/generated/graphql";
import { apiRequest } from "@/lib/api";
import type { SaveRecordResult } from "@/features/editing/record-save";
import { orNull, saveRecord } from "@/features/editing/save-record";
import { evidenceHref } from "./evidence-href";
import { quoteFormSchema, type QuoteFormValues } from "./quote-form-schema";
import { loadQuoteRecord } from "./quote-record";

export async function updateQuote(id: string, version: number, values: QuoteFormValues): Promise<SaveRecordResult<QuoteFormValues>> {
  return saveRecord({
    schema: quoteFormSchema,
    values,
    write: async (v) => {
      const translation = orNull(v.translation);
      const saved = await apiRequest(UpdateQuoteDocument, {
        id,
        version,
        input: {
          attribution: v.attribution,
          confidence: v.confidence,
          speaker: v.speaker?.id ?? null,
          speakerParty: v.speakerParty?.id ?? null,
          translation,
          // A language without a translation is refused by the API; with none, the language goes too.
          ...(translation ? { translationLanguage: orNull(v.translationLanguage) ?? "en" } : {}),
          note: orNull(v.note),
        },
      });
      return evidenceHref(saved.updateEvidence.id);
    },
    reload: () => loadQuoteRecord(id),
  });
}
