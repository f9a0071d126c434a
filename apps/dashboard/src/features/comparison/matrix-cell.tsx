"use client";
// One matrix cell: coloured by stance, showing the summary and the evidence count; opening it shows
// the position's quotes.
import { StatementDialog } from "@/features/analysis/statement-dialog";
import type { StatementLabels } from "@/features/analysis/statement-labels";
import type { StatementView } from "@/features/analysis/statement";
import { STANCE_COLOR, scoreLabel } from "@/features/analysis/stance-scale";

interface Props {
  statement: StatementView;
  /** "3 quotes" in the reader's language. */
  evidenceLabel: string;
  /** Set when the position was not stated at the round compared at: when it was. */
  carriedLabel: string | null;
  labels: StatementLabels;
}

export function MatrixCell({ statement, evidenceLabel, carriedLabel, labels }: Props) {
  const color = STANCE_COLOR[statement.stance];
  return (
    <StatementDialog
      statement={statement}
      labels={labels}
      trigger={
        <button
          type="button"
          className="grid h-full w-full min-w-36 content-start gap-1 rounded-md p-2 text-left text-xs ring-1 ring-black/10 outline-none ring-inset focus-visible:ring-[3px] focus-visible:ring-ring"
          style={{ backgroundColor: color.fill, color: color.text }}
          data-testid="matrix-cell"
          data-party={statement.party.slug}
          data-topic={statement.topic.slug}
          data-stance={statement.stance}
        >
          <span className="sr-only">{`${statement.party.name}, ${statement.topic.name}: `}</span>
          <span className="font-semibold">
            <span className="tabular-nums">{scoreLabel(statement.stance)}</span> {statement.stanceLabel}
          </span>
          <span className="line-clamp-3">{statement.summary}</span>
          <span>
            {evidenceLabel}
            {carriedLabel ? ` · ${carriedLabel}` : ""}
          </span>
        </button>
      }
    />
  );
}
