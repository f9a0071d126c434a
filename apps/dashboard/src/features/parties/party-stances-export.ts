// The party page's stance grid as export rows: one row per cell on screen (topic × round, then latest).
import "server-only";
import { loadAnalysisOptions } from "@/features/analysis/options";
import type { SearchParams } from "@/features/analysis/view-state";
import { statementColumns, type ExportTable } from "@/features/export/export-rows";
import { getFormat } from "@/lib/format";
import { loadPartyStances } from "./load-party-stances";
import { partyStancesState } from "./party-stances-state";

export async function exportPartyStances(searchParams: SearchParams, origin: string): Promise<ExportTable> {
  const [options, format] = await Promise.all([loadAnalysisOptions(), getFormat()]);
  const party = typeof searchParams.party === "string" ? searchParams.party : "";
  const state = partyStancesState(party, searchParams, options);
  const grid = await loadPartyStances(state, format);
  return {
    name: ["parley-party-stances", party, state.topic ?? ""].filter(Boolean).join("-"),
    rows: grid.rows.flatMap((row) => [
      ...row.cells.flatMap((cell, i) =>
        cell ? [{ topic: row.topic.name, at: grid.columns[i]?.title ?? null, stated_at_round: cell.stated, ...statementColumns(cell.statement, origin) }] : [],
      ),
      ...(row.latest ? [{ topic: row.topic.name, at: "latest", stated_at_round: false, ...statementColumns(row.latest, origin) }] : []),
    ]),
  };
}
