// Typed reads of parsed filter values (the parsers are built from data, so values arrive loosely typed).
import type { ParsedFilters } from "./filter-spec";

export function text(filters: ParsedFilters, key: string): string | undefined {
  const value = filters[key];
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
}

export function list(filters: ParsedFilters, key: string): string[] | undefined {
  const value = filters[key];
  return Array.isArray(value) && value.length > 0 ? value : undefined;
}

/** Values of a multi filter restricted to an enum's values (anything else in the URL is ignored). */
export function enumList<T extends string>(filters: ParsedFilters, key: string, allowed: readonly T[]): T[] | undefined {
  const values = list(filters, key)?.filter((v): v is T => (allowed as readonly string[]).includes(v));
  return values && values.length > 0 ? values : undefined;
}

export function oneOf<T extends string>(filters: ParsedFilters, key: string, allowed: readonly T[]): T | undefined {
  const value = text(filters, key);
  return value && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

export function flag(filters: ParsedFilters, key: string): boolean | undefined {
  const value = filters[key];
  return typeof value === "boolean" ? value : undefined;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A DateRange input from `<key>From` / `<key>To`, or undefined when neither is a valid day. */
export function dateRange(filters: ParsedFilters, key: string): { from?: string; to?: string } | undefined {
  const from = text(filters, `${key}From`);
  const to = text(filters, `${key}To`);
  const range = { ...(from && ISO_DAY.test(from) ? { from } : {}), ...(to && ISO_DAY.test(to) ? { to } : {}) };
  return Object.keys(range).length > 0 ? range : undefined;
}

/** Cursor variables for a page: forward with `after`, backward with `before` and `last`. */
export function pageVariables(filters: ParsedFilters, defaultSize: number): { first?: number; after?: string; last?: number; before?: string } {
  const asked = filters.size;
  const size = typeof asked === "number" && asked >= 1 && asked <= 100 ? asked : defaultSize;
  const before = text(filters, "before");
  if (before) return { last: size, before };
  const after = text(filters, "after");
  return after ? { first: size, after } : { first: size };
}
