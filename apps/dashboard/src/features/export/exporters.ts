// Which view exports how: each view's exporter reads the page's own URL state and runs the page's own
// queries, so a file holds exactly the rows the page shows.
import "server-only";
import type { SearchParams } from "@/features/analysis/view-state";
import { exportComparison } from "@/features/comparison/comparison-export";
import { exportDiff } from "@/features/diff/diff-export";
import { exportPartyStances } from "@/features/parties/party-stances-export";
import { exportPositionsVoiced } from "@/features/people/positions-voiced-export";
import { exportStickingPoints } from "@/features/sticking-points/sticking-points-export";
import { exportTimelineEvents } from "@/features/timeline/timeline-events-export";
import { exportTimeline } from "@/features/timeline/timeline-export";
import type { ExportTable } from "./export-rows";
import type { ExportView } from "./view-action-labels";

export const exporters: Record<ExportView, (searchParams: SearchParams, origin: string) => Promise<ExportTable>> = {
  timeline: exportTimeline,
  "timeline-events": exportTimelineEvents,
  matrix: exportComparison,
  diff: exportDiff,
  "sticking-points": exportStickingPoints,
  "party-stances": exportPartyStances,
  "positions-voiced": exportPositionsVoiced,
};

export function isExportView(view: string): view is ExportView {
  return Object.hasOwn(exporters, view);
}
