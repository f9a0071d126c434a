// One date a source gave for a round, as the date-report dialog edits it (client and server action).
import { z } from "zod";
import { partialDateSchema } from "@/features/editing/partial-date-value";
import { pickOptionSchema } from "@/features/editing/pick-option";
import { DATE_REPORT_KINDS } from "./round-enums";

export const dateReportSchema = z.object({
  kind: z.enum(DATE_REPORT_KINDS),
  start: partialDateSchema,
  end: partialDateSchema,
  // Every report keeps the quote that gives the date.
  evidence: pickOptionSchema.nullable().refine((v) => Boolean(v), "quote.required"),
  note: z.string().max(4000, "note.tooLong"),
});

export type DateReportValues = z.infer<typeof dateReportSchema>;
export const DATE_REPORT_FIELDS = ["kind", "start", "end", "evidence", "note"] as const satisfies readonly (keyof DateReportValues)[];
