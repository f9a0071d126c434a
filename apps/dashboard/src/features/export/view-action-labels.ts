import "server-only";
import { getTranslations } from "next-intl/server";
import type { SearchParams } from "@/features/analysis/view-state";
import { queryString } from "@/features/analysis/view-state";
import type { ViewActionLabels } from "./view-actions";

export async function viewActionLabels(): Promise<ViewActionLabels> {
  const t = await getTranslations("export");
  return {
    toolbar: t("toolbar"),
    copyLink: t("copyLink"),
    copied: t("copied"),
    copyFailed: t("copyFailed"),
    csv: t("csv"),
    json: t("json"),
    svg: t("svg"),
    png: t("png"),
    saveFailed: t("saveFailed"),
  };
}

export type ExportView = "timeline" | "timeline-events" | "matrix" | "diff" | "sticking-points" | "party-stances" | "positions-voiced";

/** The export route for a view with the page's own query: the file holds exactly what the page shows. */
export function exportHref(view: ExportView, searchParams: SearchParams): string {
  const query = queryString(searchParams);
  return `/api/export/${view}${query ? `?${query}` : ""}`;
}
