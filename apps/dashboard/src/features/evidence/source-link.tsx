// A compact link to the passage behind a fact ("source"), for tables: the quote is its tooltip and
// accessible description, the article reader opens at it.
import { readerHref } from "./reader-href";

export interface SourceLinkValue {
  id: string;
  quote: string;
  article: { slug: string; title: string; language: string };
}

export function SourceLink({ evidence, label }: { evidence: SourceLinkValue; label: string }) {
  return (
    <a
      href={readerHref(evidence.article.slug, evidence.id)}
      title={`“${evidence.quote}” — ${evidence.article.title}`}
      aria-label={`${label}: “${evidence.quote}” — ${evidence.article.title}`}
      className="text-xs text-primary underline underline-offset-4"
      data-testid="source-link"
    >
      {label}
    </a>
  );
}
