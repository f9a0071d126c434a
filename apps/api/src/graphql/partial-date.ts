import { formatPartialDate, type DatePrecision } from "@parley/domain";
import { builder } from "./builder.js";
import { DatePrecisionEnum } from "./enums.js";

export interface PartialDateValue {
  on: Date | null;
  precision: DatePrecision;
}

export const PartialDateRef = builder.objectRef<PartialDateValue>("PartialDate").implement({
  description: "A date as precise as its source: a day, a month, a year, or unknown.",
  fields: (t) => ({
    on: t.field({ type: "Date", nullable: true, description: "The first day the date may stand for; null when unknown.", resolve: (d) => d.on }),
    precision: t.field({ type: DatePrecisionEnum, description: "How much of `on` the source actually gave.", resolve: (d) => d.precision }),
    text: t.string({ description: 'Human-readable, in English: "4 Feb 2026", "Jun 2023", "2025", "date unknown".', resolve: (d) => formatPartialDate(d) }),
  }),
});

export function partialDate(on: Date | null, precision: DatePrecision): PartialDateValue {
  return { on, precision };
}

/** The input form of a partial date, shared by every editing input. */
export const PartialDateInput = builder.inputType("PartialDateInput", {
  description: "A date as precise as the source: `on` (YYYY-MM-DD; any day within the month or year) and its precision.",
  fields: (t) => ({
    on: t.field({ type: "Date", required: false, description: "Null when the precision is UNKNOWN." }),
    precision: t.field({ type: DatePrecisionEnum, required: true, description: "DAY, MONTH, YEAR or UNKNOWN." }),
  }),
});
