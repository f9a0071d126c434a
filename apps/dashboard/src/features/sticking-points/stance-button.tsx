"use client";
// A party's latest stance on a sticking point, as a chip that opens its quotes.
import { StatementDialog } from "@/features/analysis/statement-dialog";
import type { StatementLabels } from "@/features/analysis/statement-labels";
import type { StatementView } from "@/features/analysis/statement";
import { STANCE_COLOR, scoreLabel } from "@/features/analysis/stance-scale";

export function StanceButton({ statement, labels }: { statement: StatementView; labels: StatementLabels }) {
  const color = STANCE_COLOR[statement.stance];
  return (
    <StatementDialog
      statement={statement}
      labels={labels}
      trigger={
        <button
          type="button"
          className="rounded-md px-2 py-1 text-xs font-medium ring-1 ring-black/10 outline-none ring-inset focus-visible:ring-[3px] focus-visible:ring-ring"
          style={{ backgroundColor: color.fill, color: color.text }}
        >
          {statement.party.name} <span className="tabular-nums">{scoreLabel(statement.stance)}</span> {statement.stanceLabel}
          <span className="sr-only">{`, ${statement.dateLabel}`}</span>
        </button>
      }
    />
  );
}
