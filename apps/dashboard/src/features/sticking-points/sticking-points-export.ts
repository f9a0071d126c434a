// The sticking points as export rows: one row per topic and party, in rank order.
import "server-only";
import { loadAnalysisOptions } from "@/features/analysis/options";
import type { SearchParams } from "@/features/analysis/view-state";
import { statementColumns, type ExportTable } from "@/features/export/export-rows";
import { getFormat } from "@/lib/format";
import { loadStickingPoints } from "./load-sticking-points";
import { stickingPointsState } from "./sticking-points-state";

export async function exportStickingPoints(searchParams: SearchParams, origin: string): Promise<ExportTable> {
  const [options, format] = await Promise.all([loadAnalysisOptions(), getFormat()]);
  const state = stickingPointsState(searchParams, options);
  const rows = await loadStickingPoints(state, format);
  return {
    name: ["parley-sticking-points", state.asOf ?? ""].filter(Boolean).join("-"),
    rows: rows.flatMap((r) =>
      r.statements.map((s) => ({
        rank: r.rank,
        topic: r.topic.name,
        gap: r.gap,
        score: r.score,
        unmoved_since: r.unmovedSince?.on ?? null,
        unmoved_since_precision: r.unmovedSince?.precision ?? null,
        unmoved_days: r.unmovedDays,
        party: s.party.name,
        ...statementColumns(s, origin),
      })),
    ),
  };
}
