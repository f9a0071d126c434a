// A partial date as the span of days it may mean: a day is one day, a month or a year its whole
// length. Charts draw the span, never a made-up exact day. Days are ISO strings (UTC calendar days).
import type { PartialDateValue } from "@/lib/format";

export interface DaySpan {
  /** First day, inclusive. */
  start: string;
  /** Day after the last, exclusive. */
  end: string;
}

function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The span a partial date stands for, or null when it is unknown. */
export function daySpan(date: PartialDateValue): DaySpan | null {
  if (date.precision === "UNKNOWN" || !date.on) return null;
  const start = new Date(`${date.on}T00:00:00Z`);
  const end = new Date(start);
  if (date.precision === "DAY") end.setUTCDate(end.getUTCDate() + 1);
  else if (date.precision === "MONTH") end.setUTCMonth(end.getUTCMonth() + 1);
  else end.setUTCFullYear(end.getUTCFullYear() + 1);
  return { start: iso(start), end: iso(end) };
}

/** The earliest start and latest end over some spans, or null when there are none. */
export function spanOf(spans: readonly DaySpan[]): DaySpan | null {
  if (spans.length === 0) return null;
  let { start, end } = spans[0] as DaySpan;
  for (const s of spans) {
    if (s.start < start) start = s.start;
    if (s.end > end) end = s.end;
  }
  return { start, end };
}
