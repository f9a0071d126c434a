// A partial date as an editor types it (precision + year/month/day fields) and as the API takes it
// ({ on, precision }, a MONTH date on the 1st, a YEAR date on 1 January). Shared by every form.
import { z } from "zod";
import type { DatePrecision, PartialDateValue } from "@/lib/format/partial-date";

export interface PartialDateFields {
  precision: DatePrecision;
  year: string;
  month: string;
  day: string;
}

export const EMPTY_PARTIAL_DATE: PartialDateFields = { precision: "UNKNOWN", year: "", month: "", day: "" };

const pad = (n: number) => String(n).padStart(2, "0");

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The fields for a stored date (what an edit form starts from). */
export function toPartialDateFields(date: PartialDateValue): PartialDateFields {
  if (date.precision === "UNKNOWN" || !date.on) return EMPTY_PARTIAL_DATE;
  const [year = "", month = "", day = ""] = date.on.split("-");
  return {
    precision: date.precision,
    year,
    month: date.precision === "YEAR" ? "" : String(Number(month)),
    day: date.precision === "DAY" ? String(Number(day)) : "",
  };
}

/** The API's input for valid fields (check them with `partialDateSchema` first). */
export function toPartialDateInput(fields: PartialDateFields): PartialDateValue {
  if (fields.precision === "UNKNOWN") return { on: null, precision: "UNKNOWN" };
  const year = Number(fields.year);
  const month = fields.precision === "YEAR" ? 1 : Number(fields.month);
  const day = fields.precision === "DAY" ? Number(fields.day) : 1;
  return { on: `${String(year).padStart(4, "0")}-${pad(month)}-${pad(day)}`, precision: fields.precision };
}

/** The fields' shape alone: what a stored draft must have (it may hold a date still being typed). */
export const partialDateFieldsSchema = z.object({
  precision: z.enum(["DAY", "MONTH", "YEAR", "UNKNOWN"]),
  year: z.string(),
  month: z.string(),
  day: z.string(),
});

/** Message keys (namespace "editing") so the form shows them in the editor's language. */
export const partialDateSchema = partialDateFieldsSchema.superRefine((d, ctx) => {
  if (d.precision === "UNKNOWN") return;
  const year = Number(d.year);
  if (!/^\d{4}$/.test(d.year.trim()) || year < 1900 || year > 2100) {
    ctx.addIssue({ code: "custom", path: ["year"], message: "date.year" });
    return;
  }
  if (d.precision === "YEAR") return;
  const month = Number(d.month);
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    ctx.addIssue({ code: "custom", path: ["month"], message: "date.month" });
    return;
  }
  if (d.precision === "MONTH") return;
  const day = Number(d.day);
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) ctx.addIssue({ code: "custom", path: ["day"], message: "date.day" });
});
