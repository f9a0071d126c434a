// The statements of the chosen parties on the chosen topic, one timeline query per party (at most six).
import "server-only";
import { StanceTimelineDocument } from "@/generated/graphql";
import type { AnalysisOptions } from "@/features/analysis/options";
import { toStatement, type StatementView } from "@/features/analysis/statement";
import { apiRequest } from "@/lib/api";
import type { Format } from "@/lib/format";
import { mergeEvents, toEventView, type EventView } from "./event-view";
import type { RoundMark } from "./stance-chart";
import type { TimelineState } from "./timeline-state";

/** Dated statements in time order (ties by party), undated ones last. */
function byTime(a: StatementView, b: StatementView): number {
  if (!a.span || !b.span) return a.span ? -1 : b.span ? 1 : a.party.name.localeCompare(b.party.name);
  return a.span.start.localeCompare(b.span.start) || a.party.name.localeCompare(b.party.name);
}

export interface TimelineData {
  statements: StatementView[];
  /** Events outside the talks on any chosen party's timeline, each once, in time order. */
  events: EventView[];
}

export async function loadTimeline(state: TimelineState, format: Format): Promise<TimelineData> {
  const { topic } = state;
  if (!topic || state.parties.length === 0) return { statements: [], events: [] };
  const results = await Promise.all(
    state.parties.map((party) =>
      apiRequest(StanceTimelineDocument, { party, topic, includeSubtopics: state.includeSubtopics, from: state.from ?? null, to: state.to ?? null }),
    ),
  );
  return {
    statements: results
      .flatMap(({ timeline }) => timeline.entries.flatMap((entry) => (entry.position ? [toStatement(entry.position, format)] : [])))
      .sort(byTime),
    events: mergeEvents(results.map(({ timeline }) => timeline.events.map((e) => toEventView(e, format)))),
  };
}

/** The rounds to mark: all dated rounds, labelled where a charted statement was made. */
export function roundMarks(options: AnalysisOptions, statements: readonly StatementView[]): RoundMark[] {
  const stated = new Set(statements.flatMap((s) => (s.round ? [s.round.slug] : [])));
  return options.rounds.flatMap((r) => (r.span ? [{ slug: r.slug, title: r.title, span: r.span, labelled: stated.has(r.slug) }] : []));
}
