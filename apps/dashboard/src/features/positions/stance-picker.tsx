"use client";
// The stance as a radio group, each choice spelled out against the topic's proposition ("Supports: wants
// a ceasefire along the current line"), so editors grade the quote, not their memory of the scale.
import { useTranslations } from "next-intl";
import type { Stance } from "@/generated/enums";
import { cn } from "@/lib/utils";
import { enumValues } from "@/lib/format/enums";

interface StancePickerProps {
  name: string;
  legend: string;
  value: Stance;
  onChange: (stance: Stance) => void;
  /** The topic's proposition, or null before a topic is chosen. */
  proposition: string | null;
}

export function StancePicker({ name, legend, value, onChange, proposition }: StancePickerProps) {
  const t = useTranslations("editing");
  const tEnums = useTranslations("enums");
  // The proposition is a sentence; inside the explanations it is quoted without its full stop.
  const against = proposition?.trim().replace(/[.。]$/, "") ?? t("stance.noProposition");
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium">{legend}</legend>
      <p className="text-sm text-muted-foreground">{proposition ? t("stance.measuredAgainst", { proposition }) : t("stance.chooseTopic")}</p>
      <div className="grid gap-2 sm:grid-cols-2">
        {enumValues.Stance.map((stance) => (
          <label
            key={stance}
            className={cn(
              "flex cursor-pointer gap-3 rounded-md border p-3 text-sm has-[:focus-visible]:ring-[3px] has-[:focus-visible]:ring-ring/60",
              value === stance && "border-primary bg-accent",
            )}
          >
            <input type="radio" name={name} value={stance} checked={value === stance} onChange={() => onChange(stance)} className="mt-0.5 accent-primary" />
            <span>
              <span className="block font-medium">{tEnums(`Stance.${stance}`)}</span>
              <span className="block text-muted-foreground">{t(`stance.explain.${stance}`, { proposition: against })}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
