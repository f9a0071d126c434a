// The stance-over-time table as export rows: one row per statement, as on the page.
import "server-only";
import { loadAnalysisOptions } from "@/features/analysis/options";
import type { SearchParams } from "@/features/analysis/view-state";
import { statementColumns, type ExportTable } from "@/features/export/export-rows";
import { getFormat } from "@/lib/format";
import { loadTimeline } from "./load-timeline";
import { timelineState } from "./timeline-state";

export async function exportTimeline(searchParams: SearchParams, origin: string): Promise<ExportTable> {
  const [options, format] = await Promise.all([loadAnalysisOptions(), getFormat()]);
  const state = timelineState(searchParams, options);
  const { statements } = await loadTimeline(state, format);
  return {
    name: ["parley-timeline", ...state.parties, state.topic ?? ""].filter(Boolean).join("-"),
    rows: statements.map((s) => ({ party: s.party.name, topic: s.topic.name, date: s.dateLabel, ...statementColumns(s, origin) })),
  };
}
