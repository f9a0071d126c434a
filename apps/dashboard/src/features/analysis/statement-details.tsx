// What a statement says and the quotes behind it, each linking to its place in the article. Shared by
// the chart's dialog and the matrix's and diff's cells; no hooks, so it renders on either side.
import type { StatementLabels } from "./statement-labels";
import type { StatementView } from "./statement";
import { QuoteItems } from "./quote-items";
import { ReportedNote } from "./reported-note";
import { scoreLabel } from "./stance-scale";

export function StatementDetails({ statement, labels }: { statement: StatementView; labels: StatementLabels }) {
  const more = statement.quoteCount - statement.quotes.length;
  return (
    <div className="grid gap-3 text-sm" data-testid="statement-details">
      <p className="flex flex-wrap gap-x-2 gap-y-1 text-muted-foreground">
        <span className="font-medium text-foreground">{statement.party.name}</span>
        <span>{statement.topic.name}</span>
        <span>
          {scoreLabel(statement.stance)} {statement.stanceLabel}
        </span>
        <span>{statement.movementLabel}</span>
        <ReportedNote reported={statement.reported} word={labels.reported} className="" />
        <span>{statement.dateLabel}</span>
        {statement.round ? (
          <span>
            {labels.round}:{" "}
            <a className="underline-offset-4 hover:underline" href={`/rounds/${statement.round.slug}`}>
              {statement.round.title}
            </a>
          </span>
        ) : null}
      </p>
      <p>{statement.summary}</p>
      {statement.reported?.quote ? (
        <blockquote className="rounded-md border-l-4 border-highlight bg-muted/40 px-3 py-2" data-testid="reported-movement-quote">
          <p className="text-xs font-semibold text-muted-foreground">
            {labels.reported}: {statement.reported.label}
          </p>
          <a href={statement.reported.quote.href} lang={statement.reported.quote.language} className="block leading-relaxed underline-offset-4 hover:underline">
            “{statement.reported.quote.quote}”
          </a>
          <p className="mt-1 text-xs text-muted-foreground">
            {[statement.reported.quote.speaker, statement.reported.quote.articleTitle, statement.reported.quote.outlet, statement.reported.quote.articleDate]
              .filter(Boolean)
              .join(" · ")}
          </p>
        </blockquote>
      ) : null}
      <h3 className="text-xs font-semibold tracking-wide text-muted-foreground uppercase">{labels.quotes}</h3>
      {statement.quotes.length === 0 ? <p className="text-muted-foreground">{labels.noQuotes}</p> : null}
      <QuoteItems quotes={statement.quotes} />
      <p className="flex flex-wrap gap-x-4 text-xs">
        {more > 0 ? <span className="text-muted-foreground">{labels.moreQuotes}</span> : null}
        <a className="underline-offset-4 hover:underline" href={`/positions/${encodeURIComponent(statement.id)}`}>
          {labels.openPosition}
        </a>
      </p>
    </div>
  );
}
