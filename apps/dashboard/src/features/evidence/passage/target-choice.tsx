"use client";
// "What does this passage back?": one radio group, the targets grouped by what they are about, so the
// panel then shows only the chosen target's fields.
import { useFormContext } from "react-hook-form";
import { useTranslations } from "next-intl";
import { TARGET_GROUPS } from "./passage-targets";
import type { PassageValues } from "./passage-schema";

export function TargetChoice() {
  const t = useTranslations("editing.passage");
  const { register, clearErrors } = useFormContext<PassageValues>();
  // Fields are shared between targets (a party, a round): another target starts without the last one's errors.
  const registration = register("target", { onChange: () => clearErrors() });
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium">{t("backs")}</legend>
      <div className="grid gap-3 sm:grid-cols-2">
        {TARGET_GROUPS.map(({ group, targets }) => (
          <div key={group} role="group" aria-labelledby={`passage-group-${group}`} className="rounded-md border p-2">
            <p id={`passage-group-${group}`} className="mb-1 text-xs font-medium tracking-wide text-muted-foreground uppercase">
              {t(`groups.${group}`)}
            </p>
            <div className="grid gap-1">
              {targets.map((target) => (
                <label
                  key={target}
                  className="flex cursor-pointer items-center gap-2 rounded-sm px-1 py-0.5 text-sm has-checked:bg-accent has-checked:font-medium"
                >
                  <input type="radio" value={target} className="accent-primary" {...registration} />
                  {t(`target.${target}`)}
                </label>
              ))}
            </div>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
