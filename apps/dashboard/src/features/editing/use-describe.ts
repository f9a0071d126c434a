"use client";
// Values in words for the conflict view: a partial date as the editor reads dates, quotes one per line.
import { useLocale, useTranslations } from "next-intl";
import { formatPartialDate } from "@/lib/format/partial-date";
import { partialDateSchema, toPartialDateInput, type PartialDateFields } from "./partial-date-value";
import type { PickOption } from "./pick-option";

export function useDescribe() {
  const tCommon = useTranslations("common");
  const locale = useLocale();
  return {
    /** A date still being typed (not yet valid) reads as nothing. */
    date: (d: PartialDateFields): string => {
      const parsed = partialDateSchema.safeParse(d);
      return parsed.success ? formatPartialDate(toPartialDateInput(parsed.data), locale, tCommon("dateUnknown")) : "";
    },
    quotes: (quotes: readonly PickOption[]): string => quotes.map((q) => `“${q.label}”`).join("\n"),
    names: (options: readonly PickOption[]): string => options.map((o) => o.label).join("\n"),
  };
}
