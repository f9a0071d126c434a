// The diverging stance scale as a legend: colour, score and label, strongest "for" first.
import type { Stance } from "@/generated/enums";
import { STANCE_COLOR, STANCE_SCALE, scoreLabel } from "@/features/analysis/stance-scale";

export function StanceLegend({ title, hint, labels }: { title: string; hint: string; labels: Record<Stance, string> }) {
  return (
    <figure className="mb-3 text-xs">
      <figcaption className="mb-1 text-muted-foreground">
        <span className="font-medium text-foreground">{title}</span> — {hint}
      </figcaption>
      <ul className="flex flex-wrap gap-1">
        {STANCE_SCALE.map((s) => (
          <li
            key={s}
            className="rounded-md px-2 py-1 font-medium ring-1 ring-black/10 ring-inset"
            style={{ backgroundColor: STANCE_COLOR[s].fill, color: STANCE_COLOR[s].text }}
          >
            <span className="tabular-nums">{scoreLabel(s)}</span> {labels[s]}
          </li>
        ))}
      </ul>
    </figure>
  );
}
