// The party page's stance grid state in the URL: /parties/russia?topic=territory&sub=false.
import { createLoader, parseAsBoolean, parseAsString } from "nuqs/server";
import type { AnalysisOptions } from "@/features/analysis/options";
import { knownOne, type SearchParams } from "@/features/analysis/view-state";

export const partyStancesParsers = {
  topic: parseAsString,
  sub: parseAsBoolean.withDefault(true),
};

export interface PartyStancesState {
  party: string;
  topic: string | undefined;
  includeSubtopics: boolean;
}

export function partyStancesState(party: string, searchParams: SearchParams, options: AnalysisOptions): PartyStancesState {
  const raw = createLoader(partyStancesParsers)(searchParams);
  return { party, topic: knownOne(raw.topic, options.topics), includeSubtopics: raw.sub };
}
