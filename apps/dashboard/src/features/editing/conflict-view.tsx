"use client";
// A colleague saved first: their version and the editor's, field by field, with a choice per field.
// Fields only one side changed start on that side, so a save keeps both people's work by default.
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/utils";

export type ConflictSide = "mine" | "theirs";

export interface ConflictRow<F extends string> {
  field: F;
  label: string;
  mine: string;
  theirs: string;
}

interface ConflictViewProps<F extends string> {
  rows: ConflictRow<F>[];
  theirVersion: number;
  choices: Record<F, ConflictSide>;
  onChoose: (field: F, side: ConflictSide) => void;
  onSave: () => void;
  onReview: () => void;
  saving: boolean;
}

export function ConflictView<F extends string>({ rows, theirVersion, choices, onChoose, onSave, onReview, saving }: ConflictViewProps<F>) {
  const t = useTranslations("editing");
  return (
    <section
      aria-labelledby="conflict-title"
      className="space-y-4 rounded-lg border border-amber-500/60 bg-amber-50 p-4 dark:bg-amber-950/30"
      data-testid="conflict"
    >
      <div>
        <h2 id="conflict-title" className="text-base font-semibold" tabIndex={-1}>
          {t("conflict.title")}
        </h2>
        <p className="text-sm text-muted-foreground">{t("conflict.body", { version: theirVersion })}</p>
      </div>
      {rows.length === 0 ? <p className="text-sm">{t("conflict.noDifference")}</p> : null}
      <div className="space-y-3">
        {rows.map((row) => (
          <fieldset key={row.field} className="rounded-md border bg-background p-3" data-testid={`conflict-${row.field}`}>
            <legend className="px-1 text-sm font-medium">{row.label}</legend>
            <div className="grid gap-2 md:grid-cols-2">
              {(["mine", "theirs"] as const).map((side) => (
                <label
                  key={side}
                  className={cn(
                    "flex cursor-pointer gap-2 rounded-md border p-2 text-sm has-[:focus-visible]:ring-[3px] has-[:focus-visible]:ring-ring/60",
                    choices[row.field] === side && "border-primary bg-accent",
                  )}
                >
                  <input
                    type="radio"
                    name={`conflict-${row.field}`}
                    checked={choices[row.field] === side}
                    onChange={() => onChoose(row.field, side)}
                    className="mt-0.5 accent-primary"
                  />
                  <span className="min-w-0">
                    <span className="block text-xs font-medium text-muted-foreground">
                      {side === "mine" ? t("conflict.mine") : t("conflict.theirs", { version: theirVersion })}
                    </span>
                    <span className="block whitespace-pre-line break-words">{(side === "mine" ? row.mine : row.theirs) || t("conflict.empty")}</span>
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
        ))}
      </div>
      <div className="flex flex-wrap gap-2">
        <Button type="button" onClick={onSave} disabled={saving}>
          {saving ? t("working") : t("conflict.save")}
        </Button>
        <Button type="button" variant="outline" onClick={onReview}>
          {t("conflict.review")}
        </Button>
      </div>
    </section>
  );
}
