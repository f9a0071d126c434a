// The diff's state in the URL: ?fromRound=abu-dhabi-1&toRound=abu-dhabi-2 (or &dateFrom=…&dateTo=…)
// &basis=STATED_AT_ROUND&topic=…&parties=…&unchanged=true
import { createLoader, parseAsArrayOf, parseAsBoolean, parseAsString } from "nuqs/server";
import type { Change, DiffBasis } from "@/generated/enums";
import type { AnalysisOptions } from "@/features/analysis/options";
import { isoDay, known, knownOne, type SearchParams } from "@/features/analysis/view-state";

export const diffParsers = {
  fromRound: parseAsString,
  toRound: parseAsString,
  dateFrom: parseAsString,
  dateTo: parseAsString,
  basis: parseAsString,
  topic: parseAsString,
  parties: parseAsArrayOf(parseAsString, ","),
  sub: parseAsBoolean.withDefault(true),
  unchanged: parseAsBoolean.withDefault(false),
};

export const DIFF_BASES: readonly DiffBasis[] = ["LATEST_AS_OF", "STATED_AT_ROUND", "STATED_BETWEEN"];
/** What moved first, what stayed last. */
export const CHANGES: readonly Change[] = ["REVERSED", "HARDENED", "SOFTENED", "NEW", "DROPPED", "UNCHANGED"];

export type Point = { date: string } | { round: string };

export interface DiffState {
  from: Point | null;
  to: Point | null;
  basis: DiffBasis;
  topic: string | undefined;
  parties: string[];
  includeSubtopics: boolean;
  showUnchanged: boolean;
}

/** A day wins over a round on each side; by default the two latest dated rounds. */
export function diffState(searchParams: SearchParams, options: AnalysisOptions): DiffState {
  const raw = createLoader(diffParsers)(searchParams);
  const rounds = options.rounds.map((r) => ({ value: r.slug }));
  const dated = options.rounds.filter((r) => r.span);
  const point = (date: string | null, round: string | null, fallback: string | undefined): Point | null => {
    const day = isoDay(date);
    if (day) return { date: day };
    const slug = knownOne(round, rounds) ?? fallback;
    return slug ? { round: slug } : null;
  };
  const chosen = raw.fromRound || raw.toRound || raw.dateFrom || raw.dateTo;
  return {
    from: point(raw.dateFrom, raw.fromRound, chosen ? undefined : dated.at(-2)?.slug),
    to: point(raw.dateTo, raw.toRound, chosen ? undefined : dated.at(-1)?.slug),
    basis: DIFF_BASES.find((b) => b === raw.basis) ?? "LATEST_AS_OF",
    topic: knownOne(raw.topic, options.topics),
    parties: known(raw.parties, options.parties),
    includeSubtopics: raw.sub,
    showUnchanged: raw.unchanged,
  };
}
