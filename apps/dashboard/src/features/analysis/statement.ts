// A position as every analysis view shows, charts and exports it: plain data (client components
// receive it as props), with its labels already in the reader's language and its quotes' links.
import "server-only";
import type { Movement, Stance } from "@/generated/enums";
import type { AnalysisPositionFragment } from "@/generated/graphql";
import type { Format, PartialDateValue } from "@/lib/format";
import { daySpan, type DaySpan } from "./date-span";
import { toQuoteView, type QuoteView } from "./quote-view";
import { toReportedMovement, type ReportedMovementSource, type ReportedMovementView } from "./reported-movement";
import { STANCE_SCORE } from "./stance-scale";

export type { QuoteView } from "./quote-view";

export interface StatementView {
  id: string;
  party: { slug: string; name: string };
  topic: { slug: string; name: string };
  stance: Stance;
  score: number;
  stanceLabel: string;
  movement: Movement;
  movementLabel: string;
  /**
   * What the source itself called the move ("Ukraine hardened its stance"), with its quote. The API
   * adds `Position.reportedMovement` (the fidelity issue): select it in AnalysisPosition and pass it
   * to `toStatement`; the chart, tables, dialogs, diff and exports show it when it is set.
   */
  reported: ReportedMovementView | null;
  summary: string;
  stated: PartialDateValue;
  dateLabel: string;
  /** The days the stated date may mean; null when undated. */
  span: DaySpan | null;
  round: { slug: string; title: string } | null;
  quoteCount: number;
  quotes: QuoteView[];
}

export function toStatement(
  position: AnalysisPositionFragment,
  format: Format,
  reportedMovement: ReportedMovementSource | null = position.reportedMovement
    ? { movement: position.reportedMovement, evidence: position.reportedMovementEvidence }
    : null,
): StatementView {
  return {
    id: position.id,
    party: { slug: position.party.slug, name: position.party.shortName ?? position.party.name },
    topic: { slug: position.topic.slug, name: position.topic.name },
    stance: position.stance,
    score: STANCE_SCORE[position.stance],
    stanceLabel: format.enumLabel("Stance", position.stance),
    movement: position.movement,
    movementLabel: format.enumLabel("Movement", position.movement),
    reported: toReportedMovement(reportedMovement, format),
    summary: position.summary,
    stated: position.stated,
    dateLabel: format.partialDate(position.stated),
    span: daySpan(position.stated),
    round: position.round,
    quoteCount: position.quotes.totalCount,
    quotes: position.quotes.edges.map(({ node }) => toQuoteView(node, format)),
  };
}
