import type { QuotePartsFragment } from "@parley/client";

const ATTRIBUTION: Record<QuotePartsFragment["attribution"], string> = {
  ON_RECORD: "on the record",
  ANONYMOUS_OFFICIAL: "anonymous official",
  LEAKED_DOCUMENT: "leaked document",
  OUTLET_ASSESSMENT: "outlet's assessment",
};

/** A quote with its source: every claim on screen shows where it comes from. */
export function Quote({ quote }: { quote: QuotePartsFragment }) {
  const { article } = quote;
  return (
    <blockquote>
      <p lang="nl">“{quote.quote}”</p>
      {quote.translation ? <p className="muted">{quote.translation}</p> : null}
      <p className="source">
        {quote.speaker ? `${quote.speaker.name} · ` : ""}
        {ATTRIBUTION[quote.attribution]} · {article.url ? <a href={article.url}>{article.title}</a> : <cite>{article.title}</cite>}
        {article.outlet ? ` · ${article.outlet.name}` : ""} · {article.published.text}
      </p>
    </blockquote>
  );
}

export function Quotes({ quotes }: { quotes: QuotePartsFragment[] }) {
  return (
    <>
      {quotes.map((q) => (
        <Quote key={q.id} quote={q} />
      ))}
    </>
  );
}
