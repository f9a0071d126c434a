// A movement the source itself reports ("Ukraine hardened its stance") beside the one derived from the
// stance categories, which cannot show a move at the end of the scale. It has its own quote, so the
// views show its word and link to that quote.
import type { Movement } from "@/generated/enums";
import type { Format } from "@/lib/format";
import { toQuoteView, type QuoteSource, type QuoteView } from "./quote-view";

/** What the API gives for a reported movement (`reportedMovement` on positions and diff entries). */
export interface ReportedMovementSource {
  movement: Movement;
  evidence?: QuoteSource | null;
}

export interface ReportedMovementView {
  movement: Movement;
  /** The movement's word in the reader's language ("Hardened"). */
  label: string;
  /** The passage that reports it; null when the API gives none. */
  quote: QuoteView | null;
}

export function toReportedMovement(
  source: ReportedMovementSource | null | undefined,
  format: Pick<Format, "enumLabel" | "partialDate">,
): ReportedMovementView | null {
  // UNCHANGED or NEW reported by a source adds nothing to the derived movement: only real moves count.
  if (!source || source.movement === "UNCHANGED" || source.movement === "NEW") return null;
  return {
    movement: source.movement,
    label: format.enumLabel("Movement", source.movement),
    quote: source.evidence ? toQuoteView(source.evidence, format) : null,
  };
}

/** "reported: Hardened", or null: the words beside the derived movement in tables, dialogs and the chart. */
export function reportedText(reported: ReportedMovementView | null, word: string): string | null {
  return reported ? `${word}: ${reported.label}` : null;
}

/**
 * The caption over a chart mark: the derived movement unless unchanged, the reported one, and the
 * statement's topic when it is narrower than the chart's; "" when there is nothing to say.
 */
export function movementCaption(
  statement: { movement: Movement; movementLabel: string; reported: ReportedMovementView | null; topic: { slug: string; name: string } },
  reportedWord: string,
  chartTopicSlug?: string,
): string {
  const narrower = chartTopicSlug !== undefined && statement.topic.slug !== chartTopicSlug;
  return [
    statement.movement !== "UNCHANGED" ? statement.movementLabel : null,
    reportedText(statement.reported, reportedWord),
    narrower ? statement.topic.name : null,
  ]
    .filter(Boolean)
    .join(" · ");
}
