// The stance-over-time view's state in the URL: ?parties=russia,ukraine&topic=donbas&sub=false&periodFrom=…&periodTo=…
import { createLoader, parseAsArrayOf, parseAsBoolean, parseAsString } from "nuqs/server";
import type { AnalysisOptions } from "@/features/analysis/options";
import { isoDay, known, knownOne, type SearchParams } from "@/features/analysis/view-state";
import { MAX_CHART_PARTIES } from "./party-style";

export const timelineParsers = {
  parties: parseAsArrayOf(parseAsString, ","),
  topic: parseAsString,
  sub: parseAsBoolean.withDefault(true),
  periodFrom: parseAsString,
  periodTo: parseAsString,
};

export interface TimelineState {
  parties: string[];
  topic: string | undefined;
  includeSubtopics: boolean;
  from: string | undefined;
  to: string | undefined;
}

export function timelineState(searchParams: SearchParams, options: AnalysisOptions): TimelineState {
  const raw = createLoader(timelineParsers)(searchParams);
  return {
    parties: known(raw.parties, options.parties).slice(0, MAX_CHART_PARTIES),
    topic: knownOne(raw.topic, options.topics),
    includeSubtopics: raw.sub,
    from: isoDay(raw.periodFrom),
    to: isoDay(raw.periodTo),
  };
}

/** The view's address for a state (drill-downs from the sticking points and the matrix). */
export function timelineHref(parties: readonly string[], topic: string): string {
  const query = new URLSearchParams({ parties: parties.join(","), topic });
  return `/analysis/timeline?${query.toString()}`;
}
