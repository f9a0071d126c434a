// CSV and JSON files from export rows. CSV is flat: each quote list becomes quote / speaker / article_title /
// outlet / article_date / link columns (one line per quote inside the cell), so a row stays one row.
import { stringify } from "csv-stringify/sync";
import { isQuoteList, type ExportRow, type ExportScalar, type QuoteExport } from "./export-rows";

const QUOTE_FIELDS: readonly (keyof QuoteExport)[] = ["quote", "speaker", "article_title", "outlet", "article_date", "link"];

function flatten(row: ExportRow): Record<string, ExportScalar> {
  const flat: Record<string, ExportScalar> = {};
  for (const [key, value] of Object.entries(row)) {
    if (!isQuoteList(value)) {
      flat[key] = value;
      continue;
    }
    const prefix = key.replace(/quotes$/, "");
    flat[`${prefix}quote_count`] = value.length;
    for (const field of QUOTE_FIELDS) flat[`${prefix}${field}`] = value.map((q) => q[field] ?? "").join("\n");
  }
  return flat;
}

export function toCsv(rows: readonly ExportRow[]): string {
  const flat = rows.map(flatten);
  if (flat.length === 0) return "";
  const columns = flat[0] ? Object.keys(flat[0]) : [];
  return stringify(flat, { header: true, columns, cast: { boolean: (b) => (b ? "true" : "false") } });
}

export function toJson(rows: readonly ExportRow[]): string {
  return `${JSON.stringify(rows, null, 2)}\n`;
}
