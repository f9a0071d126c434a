// The matrix's state in the URL: ?round=abu-dhabi-2 (or &date=2026-02-05) &topic=territory&parties=…&sub=false
import { createLoader, parseAsArrayOf, parseAsBoolean, parseAsString } from "nuqs/server";
import type { AnalysisOptions } from "@/features/analysis/options";
import { isoDay, known, knownOne, type SearchParams } from "@/features/analysis/view-state";

export const comparisonParsers = {
  round: parseAsString,
  date: parseAsString,
  topic: parseAsString,
  parties: parseAsArrayOf(parseAsString, ","),
  sub: parseAsBoolean.withDefault(true),
};

export interface ComparisonState {
  /** A day when one is given, else the round (by default the latest dated round). */
  at: { date: string } | { round: string } | null;
  round: string | undefined;
  date: string | undefined;
  topic: string | undefined;
  parties: string[];
  includeSubtopics: boolean;
}

export function latestRound(options: AnalysisOptions): string | undefined {
  return options.rounds.filter((r) => r.span).at(-1)?.slug;
}

export function comparisonState(searchParams: SearchParams, options: AnalysisOptions): ComparisonState {
  const raw = createLoader(comparisonParsers)(searchParams);
  const rounds = options.rounds.map((r) => ({ value: r.slug }));
  const date = isoDay(raw.date);
  const round = knownOne(raw.round, rounds) ?? (date ? undefined : latestRound(options));
  return {
    at: date ? { date } : round ? { round } : null,
    round,
    date,
    topic: knownOne(raw.topic, options.topics),
    parties: known(raw.parties, options.parties),
    includeSubtopics: raw.sub,
  };
}
