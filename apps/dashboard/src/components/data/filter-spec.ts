// Declarative list filters, shared by the server (reading the URL) and the filter bar (writing it).
// A spec is plain data, so a server page can hand it to the client component as a prop.
import { createLoader, parseAsArrayOf, parseAsBoolean, parseAsInteger, parseAsString, type inferParserType } from "nuqs/server";

export interface FilterOption {
  value: string;
  label: string;
  /** Indentation level, for trees (topics). */
  depth?: number;
}

export type FilterField =
  | { kind: "text"; key: string; label: string; placeholder?: string }
  | { kind: "select"; key: string; label: string; options: FilterOption[]; anyLabel: string }
  | { kind: "multi"; key: string; label: string; options: FilterOption[]; anyLabel: string }
  | { kind: "dateRange"; key: string; label: string; fromLabel: string; toLabel: string }
  | { kind: "toggle"; key: string; label: string; defaultOn: boolean };

/** The URL keys one field occupies. */
export function keysOf(field: FilterField): string[] {
  return field.kind === "dateRange" ? [`${field.key}From`, `${field.key}To`] : [field.key];
}

/** Cursors and the page size (`size`, 1–100; the default suits a screen). */
export const pageParsers = {
  after: parseAsString,
  before: parseAsString,
  size: parseAsInteger,
};

const stringParser = parseAsString;
const listParser = parseAsArrayOf(parseAsString, ",");

/** nuqs parsers for a list's filters plus its page cursors. */
export function parsersFor(fields: readonly FilterField[]) {
  const parsers: Record<string, typeof stringParser | typeof listParser | typeof parseAsInteger | ReturnType<typeof parseAsBoolean.withDefault>> = {
    ...pageParsers,
  };
  for (const field of fields) {
    switch (field.kind) {
      case "multi":
        parsers[field.key] = listParser;
        break;
      case "toggle":
        parsers[field.key] = parseAsBoolean.withDefault(field.defaultOn);
        break;
      default:
        for (const key of keysOf(field)) parsers[key] = stringParser;
    }
  }
  return parsers;
}

export type ParsedFilters = inferParserType<ReturnType<typeof parsersFor>>;

/** Reads a list's filters and cursors from a page's searchParams. */
export function loadFilters(fields: readonly FilterField[], searchParams: Record<string, string | string[] | undefined>) {
  return createLoader(parsersFor(fields))(searchParams);
}
