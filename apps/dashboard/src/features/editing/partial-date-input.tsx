"use client";
// A date as precise as the source: a day, a month, a year, or "unknown". The precision comes first, so
// only the parts it needs are asked for.
import { useLocale, useTranslations } from "next-intl";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import type { DatePrecision } from "@/lib/format/partial-date";
import type { PartialDateFields } from "./partial-date-value";

const PRECISIONS: DatePrecision[] = ["DAY", "MONTH", "YEAR", "UNKNOWN"];

interface PartialDateInputProps {
  id: string;
  legend: string;
  value: PartialDateFields;
  onChange: (value: PartialDateFields) => void;
  /** Message keys (namespace "editing") per part, from the form's validation or the API. */
  errors?: Partial<Record<keyof PartialDateFields, string>>;
}

export function PartialDateInput({ id, legend, value, onChange, errors = {} }: PartialDateInputProps) {
  const t = useTranslations("editing");
  const locale = useLocale();
  const monthName = (m: number) =>
    new Intl.DateTimeFormat(locale === "en" ? "en-GB" : locale, { month: "long", timeZone: "UTC" }).format(new Date(Date.UTC(2000, m - 1, 1)));
  const set = (patch: Partial<PartialDateFields>) => onChange({ ...value, ...patch });
  const errorId = (part: string) => `${id}-${part}-error`;
  const message = Object.entries(errors).find(([, key]) => key)?.[1];
  const invalid = (part: keyof PartialDateFields) => (errors[part] ? { "aria-invalid": true, "aria-describedby": errorId("date") } : {});

  return (
    <fieldset className="space-y-2" data-testid={`${id}-date`}>
      <legend className="text-sm font-medium">{legend}</legend>
      <div className="flex flex-wrap items-end gap-2">
        <div className="flex flex-col gap-1">
          <Label htmlFor={`${id}-precision`} className="text-xs text-muted-foreground">
            {t("date.precision")}
          </Label>
          <NativeSelect id={`${id}-precision`} value={value.precision} onChange={(e) => set({ precision: e.target.value as DatePrecision })}>
            {PRECISIONS.map((p) => (
              <option key={p} value={p}>
                {t(`date.precisions.${p}`)}
              </option>
            ))}
          </NativeSelect>
        </div>
        {value.precision === "DAY" ? (
          <div className="flex flex-col gap-1">
            <Label htmlFor={`${id}-day`} className="text-xs text-muted-foreground">
              {t("date.day")}
            </Label>
            <Input id={`${id}-day`} inputMode="numeric" className="w-16" value={value.day} onChange={(e) => set({ day: e.target.value })} {...invalid("day")} />
          </div>
        ) : null}
        {value.precision === "DAY" || value.precision === "MONTH" ? (
          <div className="flex flex-col gap-1">
            <Label htmlFor={`${id}-month`} className="text-xs text-muted-foreground">
              {t("date.month")}
            </Label>
            <NativeSelect id={`${id}-month`} value={value.month} onChange={(e) => set({ month: e.target.value })} {...invalid("month")}>
              <option value="">{t("date.chooseMonth")}</option>
              {Array.from({ length: 12 }, (_, i) => (
                <option key={i + 1} value={String(i + 1)}>
                  {monthName(i + 1)}
                </option>
              ))}
            </NativeSelect>
          </div>
        ) : null}
        {value.precision !== "UNKNOWN" ? (
          <div className="flex flex-col gap-1">
            <Label htmlFor={`${id}-year`} className="text-xs text-muted-foreground">
              {t("date.year")}
            </Label>
            <Input
              id={`${id}-year`}
              inputMode="numeric"
              className="w-20"
              value={value.year}
              onChange={(e) => set({ year: e.target.value })}
              {...invalid("year")}
            />
          </div>
        ) : null}
      </div>
      {message ? (
        <p id={errorId("date")} className="text-sm text-destructive">
          {t.has(`errors.${message}`) ? t(`errors.${message}`) : message}
        </p>
      ) : null}
    </fieldset>
  );
}
