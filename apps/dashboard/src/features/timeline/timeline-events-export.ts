// The events table under the stance chart as export rows: one row per event, as on the page, with the
// quotes that report it.
import "server-only";
import { loadAnalysisOptions } from "@/features/analysis/options";
import type { SearchParams } from "@/features/analysis/view-state";
import type { ExportTable } from "@/features/export/export-rows";
import { getFormat } from "@/lib/format";
import { loadTimeline } from "./load-timeline";
import { timelineState } from "./timeline-state";

export async function exportTimelineEvents(searchParams: SearchParams, origin: string): Promise<ExportTable> {
  const [options, format] = await Promise.all([loadAnalysisOptions(), getFormat()]);
  const state = timelineState(searchParams, options);
  const { events } = await loadTimeline(state, format);
  return {
    name: ["parley-timeline-events", ...state.parties, state.topic ?? ""].filter(Boolean).join("-"),
    rows: events.map((e) => ({
      date: e.dateLabel,
      from: e.span?.start ?? null,
      type: e.type,
      title: e.title,
      summary: e.summary,
      parties: e.parties.map((p) => `${p.name} (${p.roleLabel})`).join("; "),
      quotes: e.quotes.map((q) => ({
        quote: q.quote,
        speaker: q.speaker,
        article_title: q.articleTitle,
        outlet: q.outlet,
        article_date: q.articleDate,
        link: new URL(q.href, origin).href,
      })),
    })),
  };
}
