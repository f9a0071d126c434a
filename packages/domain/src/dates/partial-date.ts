/**
 * Sources give dates with different precision ("4 February 2026", "June 2023", "2025", nothing at all).
 * A partial date is stored as its first day plus a precision, so it sorts and filters like a date
 * without pretending to know more than the source said.
 */
export const DATE_PRECISIONS = ["DAY", "MONTH", "YEAR", "UNKNOWN"] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export interface PartialDate {
  on: Date | null;
  precision: DatePrecision;
}

export class PartialDateError extends Error {
  override readonly name = "PartialDateError";
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses "YYYY-MM-DD" strictly (a real calendar day) into a UTC midnight Date. */
export function parseIsoDay(text: string): Date {
  const match = ISO_DAY.exec(text);
  if (!match) throw new PartialDateError(`"${text}" is not a date in the form YYYY-MM-DD`);
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (date.getUTCFullYear() !== Number(y) || date.getUTCMonth() !== Number(m) - 1 || date.getUTCDate() !== Number(d)) {
    throw new PartialDateError(`"${text}" is not a calendar day`);
  }
  return date;
}

export function formatIsoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * The day of a stored date as "YYYY-MM-DD", or null when there is none. Accepts the ISO text a date
 * becomes in a JSON snapshot (audit entries) as well as a Date.
 */
export function isoDayOf(value: Date | string | null | undefined): string | null {
  if (value == null) return null;
  return typeof value === "string" ? value.slice(0, 10) : formatIsoDay(value);
}

/** A stored partial date as inputs and snapshots write it: the day as "YYYY-MM-DD" (or null) and its precision. */
export function partialDateText<P extends string>(on: Date | string | null | undefined, precision: P): { on: string | null; precision: P } {
  return { on: isoDayOf(on), precision };
}

/** Normalises a partial date: a MONTH date becomes the 1st of its month, a YEAR date 1 January; UNKNOWN has no date. */
export function normalizePartialDate(on: Date | null, precision: DatePrecision): PartialDate {
  if (precision === "UNKNOWN") return { on: null, precision };
  if (on == null) throw new PartialDateError(`a date with precision ${precision} needs a value`);
  const y = on.getUTCFullYear();
  switch (precision) {
    case "DAY":
      return { on: new Date(Date.UTC(y, on.getUTCMonth(), on.getUTCDate())), precision };
    case "MONTH":
      return { on: new Date(Date.UTC(y, on.getUTCMonth(), 1)), precision };
    case "YEAR":
      return { on: new Date(Date.UTC(y, 0, 1)), precision };
  }
}

/** The last day a partial date may stand for: used to check that an end does not come before a start. */
export function latestDayOf(date: PartialDate): Date | null {
  if (date.on == null) return null;
  const y = date.on.getUTCFullYear();
  switch (date.precision) {
    case "DAY":
      return date.on;
    case "MONTH":
      return new Date(Date.UTC(y, date.on.getUTCMonth() + 1, 0));
    case "YEAR":
      return new Date(Date.UTC(y, 11, 31));
    case "UNKNOWN":
      return null;
  }
}

/** True when `end` certainly comes before `start` (unknown or overlapping partial dates are allowed). */
export function endsBeforeStart(start: PartialDate, end: PartialDate): boolean {
  const endLatest = latestDayOf(end);
  if (start.on == null || endLatest == null) return false;
  return endLatest.getTime() < start.on.getTime();
}

/** Human text: "4 Feb 2026", "Jun 2023", "2025", "date unknown". */
export function formatPartialDate(date: PartialDate, locale = "en-GB"): string {
  if (date.on == null) return "date unknown";
  const opts: Intl.DateTimeFormatOptions =
    date.precision === "DAY"
      ? { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }
      : date.precision === "MONTH"
        ? { month: "short", year: "numeric", timeZone: "UTC" }
        : { year: "numeric", timeZone: "UTC" };
  return new Intl.DateTimeFormat(locale, opts).format(date.on);
}
