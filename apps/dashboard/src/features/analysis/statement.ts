// A position as every analysis view shows, charts and exports it: plain data (client components
// receive it as props), with its labels already in the reader's language and its quotes' links.
import "server-only";
import type { Movement, Stance } from "@/generated/enums";
import type { AnalysisPositionFragment } from "@/generated/graphql";
import { readerHref } from "@/features/evidence/reader-href";
import type { Format, PartialDateValue } from "@/lib/format";
import { daySpan, type DaySpan } from "./date-span";
import { STANCE_SCORE } from "./stance-scale";

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
   * What the source itself called the move ("Ukraine hardened its stance"). The API does not expose
   * it yet (the fidelity issue adds `Position.reportedMovement`): select it in AnalysisPosition and
   * map it here; the chart, tables and exports already show it when it is set.
   */
  reportedMovement: Movement | null;
  reportedMovementLabel: string | null;
  summary: string;
  stated: PartialDateValue;
  dateLabel: string;
  /** The days the stated date may mean; null when undated. */
  span: DaySpan | null;
  round: { slug: string; title: string } | null;
  quoteCount: number;
  quotes: QuoteView[];
}

export function toStatement(position: AnalysisPositionFragment, format: Format): StatementView {
  const reportedMovement: Movement | null = null;
  return {
    id: position.id,
    party: { slug: position.party.slug, name: position.party.shortName ?? position.party.name },
    topic: { slug: position.topic.slug, name: position.topic.name },
    stance: position.stance,
    score: STANCE_SCORE[position.stance],
    stanceLabel: format.enumLabel("Stance", position.stance),
    movement: position.movement,
    movementLabel: format.enumLabel("Movement", position.movement),
    reportedMovement,
    reportedMovementLabel: reportedMovement ? format.enumLabel("Movement", reportedMovement) : null,
    summary: position.summary,
    stated: position.stated,
    dateLabel: format.partialDate(position.stated),
    span: daySpan(position.stated),
    round: position.round,
    quoteCount: position.quotes.totalCount,
    quotes: position.quotes.edges.map(({ node }) => ({
      id: node.id,
      quote: node.quote,
      language: node.article.language,
      translation: node.translation,
      translationLanguage: node.translationLanguage,
      speaker: node.speaker?.name ?? null,
      articleTitle: node.article.title,
      outlet: node.article.outlet?.name ?? null,
      articleDate: format.partialDate(node.article.published),
      href: readerHref(node.article.slug, node.id),
    })),
  };
}
