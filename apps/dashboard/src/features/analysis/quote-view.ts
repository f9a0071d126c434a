// A quote as the analysis views show and export it: plain data with its article and a link to the
// passage in the article reader. No "server-only": the presenters that build it are unit-tested.
import { readerHref } from "@/features/evidence/reader-href";
import type { Format, PartialDateValue } from "@/lib/format";

export interface QuoteView {
  id: string;
  quote: string;
  /** The article's language, for `lang` on the passage. */
  language: string;
  translation: string | null;
  translationLanguage: string | null;
  speaker: string | null;
  articleTitle: string;
  outlet: string | null;
  articleDate: string;
  /** The article reader at the quote. */
  href: string;
}

/** The evidence fields the analysis documents select (inline, not a fragment: the API's depth limit). */
export interface QuoteSource {
  id: string;
  quote: string;
  translation?: string | null;
  translationLanguage?: string | null;
  speaker?: { name: string } | null;
  article: { slug: string; title: string; language: string; published: PartialDateValue; outlet?: { name: string } | null };
}

export function toQuoteView(node: QuoteSource, format: Pick<Format, "partialDate">): QuoteView {
  return {
    id: node.id,
    quote: node.quote,
    language: node.article.language,
    translation: node.translation ?? null,
    translationLanguage: node.translationLanguage ?? null,
    speaker: node.speaker?.name ?? null,
    articleTitle: node.article.title,
    outlet: node.article.outlet?.name ?? null,
    articleDate: format.partialDate(node.article.published),
    href: readerHref(node.article.slug, node.id),
  };
}
