// The diff as export rows: one row per change, with both sides' positions and quotes.
import "server-only";
import { loadAnalysisOptions } from "@/features/analysis/options";
import type { SearchParams } from "@/features/analysis/view-state";
import { statementColumns, type ExportTable } from "@/features/export/export-rows";
import { getFormat } from "@/lib/format";
import { diffState, type Point } from "./diff-state";
import { loadDiff } from "./load-diff";

function pointName(point: Point | null): string {
  if (!point) return "";
  return "date" in point ? point.date : point.round;
}

export async function exportDiff(searchParams: SearchParams, origin: string): Promise<ExportTable> {
  const [options, format] = await Promise.all([loadAnalysisOptions(), getFormat()]);
  const state = diffState(searchParams, options);
  const { rows } = await loadDiff(state, format);
  const from = pointName(state.from);
  const to = pointName(state.to);
  return {
    name: ["parley-diff", from, to].filter(Boolean).join("-"),
    rows: rows.map((r) => ({
      from,
      to,
      change: r.change,
      party: r.party.name,
      topic: r.topic.name,
      ...statementColumns(r.before, origin, "before_"),
      ...statementColumns(r.after, origin, "after_"),
    })),
  };
}
