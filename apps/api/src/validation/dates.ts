// Days given as parameters (filters, analysis points, windows): parsed by the domain's strict rule, a bad
// one refused as BAD_USER_INPUT naming the parameter at fault.
import { parseIsoDay } from "@parley/domain";
import { DomainError } from "../errors/domain-error.js";

/** A "YYYY-MM-DD" parameter as a UTC day, or BAD_USER_INPUT naming `parameter`. */
export function dayParameter(value: string, parameter: string): Date {
  try {
    return parseIsoDay(value);
  } catch (error) {
    throw new DomainError("BAD_USER_INPUT", error instanceof Error ? error.message : String(error), { parameter });
  }
}

/**
 * Prisma bounds for an inclusive range of days, either end open: undefined when neither end is given.
 * The parameters name each end for its errors; `outOfOrder` is the message for an end before the start.
 */
export function dayRange(
  range: { from?: string | null; to?: string | null } | null | undefined,
  parameters: { from: string; to: string },
  outOfOrder: string,
): { gte?: Date; lte?: Date } | undefined {
  const gte = range?.from ? dayParameter(range.from, parameters.from) : undefined;
  const lte = range?.to ? dayParameter(range.to, parameters.to) : undefined;
  if (gte && lte && lte < gte) throw new DomainError("BAD_USER_INPUT", outOfOrder, { parameter: parameters.to });
  return gte || lte ? { ...(gte ? { gte } : {}), ...(lte ? { lte } : {}) } : undefined;
}

/** A filter's date range (`filter.stated`…): the ends are named `<filter>.from` and `<filter>.to`. */
export const filterDayRange = (range: { from?: string | null; to?: string | null } | null | undefined, parameter: string) =>
  dayRange(range, { from: `${parameter}.from`, to: `${parameter}.to` }, "The end of the date range comes before its start.");
