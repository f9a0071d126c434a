// The one place for presentation rules: partial dates, instants, numbers, enum labels, names.
import "server-only";
import { getLocale, getTimeZone, getTranslations } from "next-intl/server";
import { formatInstant, formatNumber, formatPartialDate, formatPartialDateRange, type PartialDateValue } from "./partial-date";
import type { EnumName, EnumValue } from "./enums";

export type Format = Awaited<ReturnType<typeof getFormat>>;

/** Formatters bound to the request's locale, for server components. */
export async function getFormat() {
  const [locale, timeZone, tCommon, tEnums] = await Promise.all([getLocale(), getTimeZone(), getTranslations("common"), getTranslations("enums")]);
  const unknown = tCommon("dateUnknown");
  return {
    locale,
    partialDate: (date: PartialDateValue) => formatPartialDate(date, locale, unknown),
    dateRange: (start: PartialDateValue, end: PartialDateValue) => formatPartialDateRange(start, end, locale, unknown),
    instant: (iso: string) => formatInstant(iso, locale, timeZone),
    number: (n: number) => formatNumber(n, locale),
    enumLabel: <E extends EnumName>(name: E, value: EnumValue<E>): string => {
      const key: string = `${name}.${value}`;
      return tEnums(key);
    },
    /** A BCP 47 language tag in the interface language ("nl" → "Dutch" / "Nederlands"). */
    language: (tag: string) => {
      try {
        return new Intl.DisplayNames([locale], { type: "language" }).of(tag) ?? tag;
      } catch {
        return tag;
      }
    },
    /** A party's or person's name with its short form when it has one ("European Union (EU)"). */
    name: (record: { name: string; shortName?: string | null }) =>
      record.shortName && record.shortName !== record.name ? `${record.name} (${record.shortName})` : record.name,
  };
}

export type { PartialDateValue } from "./partial-date";
