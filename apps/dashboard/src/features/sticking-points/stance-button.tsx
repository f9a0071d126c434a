// A party's latest stance on a sticking point, as a chip; the view's StatementDialogHost opens its quotes.
import type { StatementView } from "@/features/analysis/statement";
import { STANCE_COLOR, scoreLabel } from "@/features/analysis/stance-scale";

export function StanceButton({ statement }: { statement: StatementView }) {
  const color = STANCE_COLOR[statement.stance];
  return (
    <button
      type="button"
      aria-haspopup="dialog"
      data-opens-statement={statement.id}
      className="cursor-pointer rounded-md px-2 py-1 text-xs font-medium ring-1 ring-black/10 outline-none ring-inset focus-visible:ring-[3px] focus-visible:ring-ring"
      style={{ backgroundColor: color.fill, color: color.text }}
    >
      {statement.party.name} <span className="tabular-nums">{scoreLabel(statement.stance)}</span> {statement.stanceLabel}
      <span className="sr-only">{`, ${statement.dateLabel}`}</span>
    </button>
  );
}
