// Partial dates as people write them: "4 February 2026" / "4 februari 2026", "January 2026" /
// "januari 2026", "2026", or the caller's words for "date unknown". Dates are calendar days (UTC).

export type DatePrecision = "DAY" | "MONTH" | "YEAR" | "UNKNOWN";

export interface PartialDateValue {
  on: string | null;
  precision: DatePrecision;
}

/** Interface locale → Intl locale: English dates are written the European way ("4 February 2026"). */
function intlLocale(locale: string): string {
  return locale === "en" ? "en-GB" : locale;
}

const OPTIONS: Record<Exclude<DatePrecision, "UNKNOWN">, Intl.DateTimeFormatOptions> = {
  DAY: { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" },
  MONTH: { month: "long", year: "numeric", timeZone: "UTC" },
  YEAR: { year: "numeric", timeZone: "UTC" },
};

export function formatPartialDate(date: PartialDateValue, locale: string, unknownLabel: string): string {
  if (date.precision === "UNKNOWN" || !date.on) return unknownLabel;
  return new Intl.DateTimeFormat(intlLocale(locale), OPTIONS[date.precision]).format(new Date(`${date.on}T00:00:00Z`));
}

/** A span of two partial dates; one date when both read the same or the end is unknown. */
export function formatPartialDateRange(start: PartialDateValue, end: PartialDateValue, locale: string, unknownLabel: string): string {
  const from = formatPartialDate(start, locale, unknownLabel);
  const to = formatPartialDate(end, locale, unknownLabel);
  if (to === from || end.precision === "UNKNOWN" || !end.on) return from;
  return `${from} – ${to}`;
}

/** An instant (e.g. an audit entry) with date and time, in the interface's time zone. */
export function formatInstant(iso: string, locale: string, timeZone: string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "medium", timeStyle: "short", timeZone }).format(new Date(iso));
}

export function formatNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(value);
}
