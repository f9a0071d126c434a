// The party's stance grid: its latest position per topic as of each round it spoke at, and today.
import "server-only";
import { PartyStancesAcrossRoundsDocument, PartyStancesLatestDocument } from "@/generated/graphql";
import { toStatement, type StatementView } from "@/features/analysis/statement";
import { isoDay } from "@/features/analysis/view-state";
import { apiRequest } from "@/lib/api";
import type { Format } from "@/lib/format";
import type { PartyStancesState } from "./party-stances-state";
import { stanceGrid, type StanceGrid } from "./stance-grid";

export async function loadPartyStances(state: PartyStancesState, format: Format): Promise<StanceGrid<StatementView>> {
  const filter = { party: state.party, topic: state.topic ?? null, includeSubtopics: state.includeSubtopics };
  const today = isoDay(new Date().toISOString().slice(0, 10)) ?? "2100-01-01";
  const [{ partyAcrossRounds }, { comparison }] = await Promise.all([
    apiRequest(PartyStancesAcrossRoundsDocument, { ...filter, process: null }),
    apiRequest(PartyStancesLatestDocument, { ...filter, at: { date: today } }),
  ]);
  return stanceGrid({
    rounds: partyAcrossRounds.rounds,
    acrossRounds: partyAcrossRounds.cells.flatMap((c) =>
      c.round ? [{ round: c.round.slug, topic: c.topic.slug, stated: c.statedAtRound, statement: toStatement(c.position, format) }] : [],
    ),
    topics: comparison.topics,
    latest: comparison.cells.map((c) => ({ topic: c.topic.slug, statement: toStatement(c.position, format) })),
  });
}
