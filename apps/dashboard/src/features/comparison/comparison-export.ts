// The matrix as export rows: one row per filled cell, topics in hierarchy order, parties by name.
import "server-only";
import { loadAnalysisOptions } from "@/features/analysis/options";
import type { SearchParams } from "@/features/analysis/view-state";
import { statementColumns, type ExportTable } from "@/features/export/export-rows";
import { getFormat } from "@/lib/format";
import { comparisonState } from "./comparison-state";
import { cellKey, loadComparison } from "./load-comparison";

export async function exportComparison(searchParams: SearchParams, origin: string): Promise<ExportTable> {
  const [options, format] = await Promise.all([loadAnalysisOptions(), getFormat()]);
  const state = comparisonState(searchParams, options);
  const matrix = await loadComparison(state, format);
  const at = state.date ?? state.round ?? "";
  return {
    name: ["parley-matrix", at, state.topic ?? ""].filter(Boolean).join("-"),
    rows: matrix.topics.flatMap((topic) =>
      matrix.parties.flatMap((party) => {
        const cell = matrix.cells.get(cellKey(topic.slug, party.slug));
        if (!cell) return [];
        return [
          {
            at,
            topic: topic.name,
            party: party.name,
            evidence_count: cell.evidenceCount,
            stated_at_round: cell.statedAtRound,
            ...statementColumns(cell.statement, origin),
          },
        ];
      }),
    ),
  };
}
