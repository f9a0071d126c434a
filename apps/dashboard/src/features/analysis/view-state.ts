// Reading an analysis view's state from the URL. Each view declares its nuqs parsers once; the page
// (through the FilterBar, which writes the same keys) and the export route read them alike, so an
// export is exactly what the page shows.
import type { FilterField } from "@/components/data/filter-spec";

export type SearchParams = Record<string, string | string[] | undefined>;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A valid YYYY-MM-DD day or undefined (a hand-edited URL cannot send the API a bad date). */
export function isoDay(value: string | null | undefined): string | undefined {
  return value && ISO_DAY.test(value) && !Number.isNaN(Date.parse(value)) ? value : undefined;
}

/** Only slugs the pickers offer (anything else in the URL is ignored). */
export function known(values: readonly string[] | null | undefined, options: readonly { value: string }[]): string[] {
  const allowed = new Set(options.map((o) => o.value));
  return (values ?? []).filter((v) => allowed.has(v));
}

export function knownOne(value: string | null | undefined, options: readonly { value: string }[]): string | undefined {
  return value && options.some((o) => o.value === value) ? value : undefined;
}

/** A URL query string for a view's state (the export links and the drill-downs). */
export function queryString(params: SearchParams): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (Array.isArray(value)) query.set(key, value.join(","));
    else if (value !== undefined && value !== "") query.set(key, value);
  }
  return query.toString();
}

export type { FilterField };
