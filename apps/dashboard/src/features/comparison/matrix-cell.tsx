// One matrix cell: coloured by stance, showing the summary and the evidence count. A server-rendered
// button: the view's one StatementDialogHost opens the position's quotes.
import type { StatementView } from "@/features/analysis/statement";
import { STANCE_COLOR, scoreLabel } from "@/features/analysis/stance-scale";

interface Props {
  statement: StatementView;
  /** "3 quotes" in the reader's language. */
  evidenceLabel: string;
  /** Set when the position was not stated at the round compared at: when it was. */
  carriedLabel: string | null;
}

export function MatrixCell({ statement, evidenceLabel, carriedLabel }: Props) {
  const color = STANCE_COLOR[statement.stance];
  return (
    <button
      type="button"
      aria-haspopup="dialog"
      data-opens-statement={statement.id}
      className="grid h-full w-full min-w-36 cursor-pointer content-start gap-1 rounded-md p-2 text-left text-xs ring-1 ring-black/10 outline-none ring-inset focus-visible:ring-[3px] focus-visible:ring-ring"
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
  );
}
