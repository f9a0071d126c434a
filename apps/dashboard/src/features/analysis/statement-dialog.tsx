"use client";
// A statement opened from a chart point or a matrix/diff cell: its summary and quotes in a dialog.
import type { ReactNode } from "react";
import { Dialog, DialogContent, DialogDescription, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import type { StatementLabels } from "./statement-labels";
import type { StatementView } from "./statement";
import { StatementDetails } from "./statement-details";

interface Props {
  statement: StatementView | null;
  labels: StatementLabels;
  /** Controlled use (the chart); omit both with `trigger` for a self-contained button. */
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
  trigger?: ReactNode;
  /** Controlled use: where focus goes back on close (there is no trigger to return to). */
  onCloseAutoFocus?: (event: Event) => void;
}

export function StatementDialog({ statement, labels, open, onOpenChange, trigger, onCloseAutoFocus }: Props) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      {trigger ? <DialogTrigger asChild>{trigger}</DialogTrigger> : null}
      {statement ? (
        <DialogContent closeLabel={labels.close} className="max-h-[80vh] overflow-y-auto sm:max-w-2xl" onCloseAutoFocus={onCloseAutoFocus}>
          <DialogTitle>
            {statement.party.name} · {statement.topic.name}
          </DialogTitle>
          <DialogDescription>{statement.dateLabel}</DialogDescription>
          <StatementDetails statement={statement} labels={labels} />
        </DialogContent>
      ) : null}
    </Dialog>
  );
}
