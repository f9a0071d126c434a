// Field rules shared by every editing schema: one place for lengths, dates and slugs.
import { DatePrecision } from "@parley/db";
import { z } from "zod";
import { endsBeforeStart, normalizePartialDate, parseIsoDay, type PartialDate } from "@parley/domain";

export const LIMITS = { name: 200, title: 500, summary: 4_000, note: 4_000, body: 500_000, quote: 5_000 } as const;

export const text = (max: number) => z.string().trim().min(1, "must not be empty").max(max, `must be at most ${max} characters`);
/** A record id inside an input (global ids are decoded before validation). */
export const uuid = z.string().uuid("is not a valid id");
/** A record's other names and spellings (its own names are added by the record engine). */
export const aliasList = z.array(text(LIMITS.name)).max(100).optional();
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lower-case words joined by hyphens")
  .max(100);

export const partialDate = z.object({ on: z.string().nullish(), precision: z.enum(DatePrecision) }).transform((d, ctx): PartialDate => {
  try {
    return normalizePartialDate(d.on ? parseIsoDay(d.on) : null, d.precision);
  } catch (error) {
    ctx.addIssue({ code: "custom", message: (error as Error).message, path: ["on"] });
    return z.NEVER;
  }
});

/** An end that may not come before its start. */
export function refineEndNotBeforeStart<T extends { start?: PartialDate | null | undefined; end?: PartialDate | null | undefined }>(
  value: T,
  ctx: z.RefinementCtx,
): void {
  if (value.start && value.end && endsBeforeStart(value.start, value.end))
    ctx.addIssue({ code: "custom", message: "the end comes before the start", path: ["end"] });
}
