// A quote with its source; the passage links to its place in the article reader.
import { getTranslations } from "next-intl/server";
import { TextLink } from "@/components/data/text-link";
import { DraftBadge } from "@/components/data/status-badge";
import type { QuotePartsFragment } from "@/generated/graphql";
import { getFormat } from "@/lib/format";
import { readerHref } from "./reader-href";

export async function QuoteCard({ quote }: { quote: QuotePartsFragment }) {
  const [t, format] = await Promise.all([getTranslations("evidence"), getFormat()]);
  const href = readerHref(quote.article.slug, quote.id);
  return (
    <figure className="rounded-md border-l-4 border-highlight bg-muted/40 px-4 py-3" data-testid="quote">
      <blockquote lang={quote.article.language} className="text-sm leading-relaxed">
        <a href={href} className="outline-none hover:underline focus-visible:rounded-sm focus-visible:ring-[3px] focus-visible:ring-ring/60">
          “{quote.quote}”<span className="sr-only"> — {t("openQuote", { title: quote.article.title })}</span>
        </a>
      </blockquote>
      {quote.translation ? (
        <p lang={quote.translationLanguage ?? undefined} className="mt-1 text-sm text-muted-foreground italic">
          {quote.translation}
        </p>
      ) : null}
      <figcaption className="mt-2 flex flex-wrap items-center gap-x-2 text-xs text-muted-foreground [&_a]:inline-flex [&_a]:min-h-6 [&_a]:items-center">
        {quote.speaker ? <TextLink href={`/people/${quote.speaker.slug}`}>{quote.speaker.name}</TextLink> : null}
        {quote.speakerParty ? <TextLink href={`/parties/${quote.speakerParty.slug}`}>{quote.speakerParty.name}</TextLink> : null}
        <span>{format.enumLabel("Attribution", quote.attribution)}</span>
        <span aria-hidden>·</span>
        <span>{t("confidence", { level: format.enumLabel("Confidence", quote.confidence) })}</span>
        <span aria-hidden>·</span>
        <TextLink href={href}>{quote.article.title}</TextLink>
        {quote.article.outlet ? <span>{quote.article.outlet.name}</span> : null}
        <span>{format.partialDate(quote.article.published)}</span>
        <DraftBadge status={quote.status} />
      </figcaption>
    </figure>
  );
}

/** Quotes under a fact; says so plainly when a fact has none visible. */
export async function QuoteList({ quotes, total }: { quotes: QuotePartsFragment[]; total?: number }) {
  const t = await getTranslations("evidence");
  if (quotes.length === 0) return <p className="text-sm text-muted-foreground">{t("noQuotes")}</p>;
  return (
    <div className="grid gap-2">
      {quotes.map((q) => (
        <QuoteCard key={q.id} quote={q} />
      ))}
      {total !== undefined && total > quotes.length ? (
        <p className="text-xs text-muted-foreground">{t("moreQuotes", { count: total - quotes.length })}</p>
      ) : null}
    </div>
  );
}
