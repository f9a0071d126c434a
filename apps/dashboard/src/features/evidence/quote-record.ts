// A quote as its form edits it, read from the API (the form's start and a conflict's other side).
import "server-only";
import { QuoteEditDocument } from "@/generated/graphql";
import { apiRequest } from "@/lib/api";
import type { QuoteRecord } from "./quote-form-schema";

/** The quote, or null when it does not exist (or is deleted). */
export async function loadQuoteRecord(id: string): Promise<QuoteRecord | null> {
  const q = (await apiRequest(QuoteEditDocument, { id })).node;
  if (q?.__typename !== "Evidence") return null;
  return {
    id: q.id,
    version: q.version,
    passage: q.quote,
    article: q.article,
    values: {
      attribution: q.attribution,
      confidence: q.confidence,
      speaker: q.speaker ? { id: q.speaker.id, label: q.speaker.name } : null,
      speakerParty: q.speakerParty ? { id: q.speakerParty.id, label: q.speakerParty.name } : null,
      translation: q.translation ?? "",
      translationLanguage: q.translationLanguage ?? "",
      note: q.note ?? "",
    },
  };
}
