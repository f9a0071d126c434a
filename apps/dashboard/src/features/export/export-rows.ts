// Rows as the export route writes them: scalars, plus lists of quotes that each carry the quote, its
// article's title, outlet and date, and an absolute link back to the passage in the article reader.
import type { StatementView } from "@/features/analysis/statement";

export interface QuoteExport {
  quote: string;
  /** Who is quoted, when the article names them. */
  speaker: string | null;
  article_title: string;
  outlet: string | null;
  article_date: string;
  link: string;
}

export type ExportScalar = string | number | boolean | null;
export type ExportRow = Record<string, ExportScalar | QuoteExport[]>;

export interface ExportTable {
  /** File name without extension. */
  name: string;
  rows: ExportRow[];
}

export function isQuoteList(value: ExportScalar | QuoteExport[]): value is QuoteExport[] {
  return Array.isArray(value);
}

/** A statement's columns, optionally prefixed ("before_", "after_"); null columns when it is absent. */
export function statementColumns(statement: StatementView | null, origin: string, prefix = ""): ExportRow {
  return {
    [`${prefix}stance`]: statement?.stance ?? null,
    [`${prefix}score`]: statement?.score ?? null,
    [`${prefix}movement`]: statement?.movement ?? null,
    [`${prefix}reported_movement`]: statement?.reported?.movement ?? null,
    [`${prefix}reported_movement_quote`]: statement?.reported?.quote?.quote ?? null,
    [`${prefix}reported_movement_link`]: statement?.reported?.quote ? new URL(statement.reported.quote.href, origin).href : null,
    [`${prefix}stated`]: statement?.stated.on ?? null,
    [`${prefix}stated_precision`]: statement?.stated.precision ?? null,
    [`${prefix}round`]: statement?.round?.title ?? null,
    [`${prefix}summary`]: statement?.summary ?? null,
    [`${prefix}position_link`]: statement ? new URL(`/positions/${encodeURIComponent(statement.id)}`, origin).href : null,
    [`${prefix}quotes`]: (statement?.quotes ?? []).map((q) => ({
      quote: q.quote,
      speaker: q.speaker,
      article_title: q.articleTitle,
      outlet: q.outlet,
      article_date: q.articleDate,
      link: new URL(q.href, origin).href,
    })),
  };
}
