// Table cells for statements, shared by the views' accessible tables.
import { getTranslations } from "next-intl/server";
import { TextLink } from "@/components/data/text-link";
import type { StatementView } from "./statement";
import { STANCE_COLOR, scoreLabel } from "./stance-scale";

/** A stance chip coloured on the diverging scale, with its score in words and digits. */
export function StanceChip({ statement }: { statement: Pick<StatementView, "stance" | "stanceLabel"> }) {
  const color = STANCE_COLOR[statement.stance];
  return (
    <span
      className="inline-flex items-center gap-1 rounded-md px-1.5 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-black/10 ring-inset"
      style={{ backgroundColor: color.fill, color: color.text }}
    >
      <span className="tabular-nums">{scoreLabel(statement.stance)}</span> {statement.stanceLabel}
    </span>
  );
}

/** Quotes a table cell shows; the rest are one click away (the position's page) and in every export. */
const QUOTES_IN_CELL = 2;

/** The statement's quotes, each a link to its place in the article. */
export async function QuoteLinks({ statement }: { statement: StatementView }) {
  if (statement.quotes.length === 0) return <span className="text-muted-foreground">—</span>;
  const t = await getTranslations("analysis");
  const more = statement.quoteCount - Math.min(QUOTES_IN_CELL, statement.quotes.length);
  return (
    <ul className="grid gap-1">
      {statement.quotes.slice(0, QUOTES_IN_CELL).map((q) => (
        <li key={q.id} className="text-xs">
          <a href={q.href} lang={q.language} className="line-clamp-2 underline-offset-4 hover:underline" data-testid="quote-link">
            “{q.quote}”
          </a>
          <span className="text-muted-foreground">{[q.speaker, q.articleTitle, q.outlet, q.articleDate].filter(Boolean).join(" · ")}</span>
        </li>
      ))}
      {more > 0 ? (
        <li className="text-xs">
          <TextLink href={`/positions/${encodeURIComponent(statement.id)}`}>{t("moreQuotes", { count: more })}</TextLink>
        </li>
      ) : null}
    </ul>
  );
}

export function RoundLink({ statement }: { statement: StatementView }) {
  return statement.round ? (
    <TextLink href={`/rounds/${statement.round.slug}`}>{statement.round.title}</TextLink>
  ) : (
    <span className="text-muted-foreground">—</span>
  );
}
