// One side of a change: the stance, when it was stated, the summary and the quotes behind it.
import { QuoteLinks, StanceChip } from "@/features/analysis/statement-cells";
import type { StatementView } from "@/features/analysis/statement";

export function DiffSide({ statement, none }: { statement: StatementView | null; none: string }) {
  if (!statement) return <span className="text-sm text-muted-foreground">{none}</span>;
  return (
    <div className="grid min-w-60 gap-1">
      <p className="flex flex-wrap items-center gap-2">
        <StanceChip statement={statement} />
        <span className="text-xs text-muted-foreground tabular-nums">{statement.dateLabel}</span>
        {statement.round ? <span className="text-xs text-muted-foreground">{statement.round.title}</span> : null}
      </p>
      <p className="text-sm">{statement.summary}</p>
      <QuoteLinks statement={statement} />
    </div>
  );
}
