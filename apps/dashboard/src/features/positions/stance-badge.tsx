// A stance with its place on the scale (+3 … −3), so the label never relies on colour alone.
import { Badge } from "@/components/ui/badge";
import type { Movement, Stance } from "@/generated/enums";
import { getFormat } from "@/lib/format";
import { cn } from "@/lib/utils";

const SCORE: Record<Stance, number> = { DEMANDS: 3, SUPPORTS: 2, CONDITIONAL: 1, OPEN_TO: 0, OPPOSES: -2, REJECTS: -3 };

const TONE: Record<Stance, string> = {
  DEMANDS: "border-sky-700/40 bg-sky-100 text-sky-950 dark:bg-sky-950 dark:text-sky-100",
  SUPPORTS: "border-sky-600/30 bg-sky-50 text-sky-900 dark:bg-sky-900/60 dark:text-sky-100",
  CONDITIONAL: "border-teal-600/30 bg-teal-50 text-teal-900 dark:bg-teal-900/50 dark:text-teal-50",
  OPEN_TO: "border-zinc-400/40 bg-zinc-100 text-zinc-900 dark:bg-zinc-800 dark:text-zinc-100",
  OPPOSES: "border-orange-600/30 bg-orange-50 text-orange-950 dark:bg-orange-900/50 dark:text-orange-50",
  REJECTS: "border-orange-700/40 bg-orange-100 text-orange-950 dark:bg-orange-950 dark:text-orange-100",
};

export async function StanceBadge({ stance }: { stance: Stance }) {
  const format = await getFormat();
  const score = SCORE[stance];
  return (
    <Badge variant="outline" className={cn(TONE[stance])}>
      <span aria-hidden className="tabular-nums">
        {score > 0 ? `+${score}` : score < 0 ? `−${-score}` : "0"}
      </span>
      {format.enumLabel("Stance", stance)}
    </Badge>
  );
}

export async function MovementBadge({ movement }: { movement: Movement }) {
  const format = await getFormat();
  return <Badge variant="secondary">{format.enumLabel("Movement", movement)}</Badge>;
}
