// The sticking points' state in the URL: ?asOf=2026-02-05&parties=russia,ukraine
import { createLoader, parseAsArrayOf, parseAsString } from "nuqs/server";
import type { AnalysisOptions } from "@/features/analysis/options";
import { isoDay, known, type SearchParams } from "@/features/analysis/view-state";

export const stickingPointsParsers = {
  asOf: parseAsString,
  parties: parseAsArrayOf(parseAsString, ","),
};

export interface StickingPointsState {
  asOf: string | undefined;
  parties: string[];
}

export function stickingPointsState(searchParams: SearchParams, options: AnalysisOptions): StickingPointsState {
  const raw = createLoader(stickingPointsParsers)(searchParams);
  return { asOf: isoDay(raw.asOf), parties: known(raw.parties, options.parties) };
}
