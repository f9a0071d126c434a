// Quotes in full, each linking to its place in the article, with its translation and source line.
// Shared by the statement dialog and the event dialog; no hooks, so it renders on either side.
import type { QuoteView } from "./quote-view";

export function QuoteItems({ quotes }: { quotes: readonly QuoteView[] }) {
  return (
    <ul className="grid gap-2">
      {quotes.map((q) => (
        <li key={q.id} className="rounded-md border-l-4 border-highlight bg-muted/40 px-3 py-2">
          <a
            href={q.href}
            lang={q.language}
            className="block leading-relaxed underline-offset-4 outline-none hover:underline focus-visible:rounded-sm focus-visible:ring-[3px] focus-visible:ring-ring/60"
            data-testid="quote-link"
          >
            “{q.quote}”
          </a>
          {q.translation ? (
            <p lang={q.translationLanguage ?? undefined} className="mt-1 text-muted-foreground italic">
              {q.translation}
            </p>
          ) : null}
          <p className="mt-1 text-xs text-muted-foreground">{[q.speaker, q.articleTitle, q.outlet, q.articleDate].filter(Boolean).join(" · ")}</p>
        </li>
      ))}
    </ul>
  );
}
