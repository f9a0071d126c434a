// The person page's table of positions voiced as export rows: one row per position, as on the page.
import "server-only";
import type { SearchParams } from "@/features/analysis/view-state";
import { statementColumns, type ExportTable } from "@/features/export/export-rows";
import { getFormat } from "@/lib/format";
import { loadPositionsVoiced } from "./load-positions-voiced";

export async function exportPositionsVoiced(searchParams: SearchParams, origin: string): Promise<ExportTable> {
  const person = typeof searchParams.person === "string" ? searchParams.person : "";
  const { statements } = await loadPositionsVoiced(person, await getFormat());
  return {
    name: `parley-positions-voiced-${person}`,
    rows: statements.map((s) => ({ party: s.party.name, topic: s.topic.name, date: s.dateLabel, ...statementColumns(s, origin) })),
  };
}
