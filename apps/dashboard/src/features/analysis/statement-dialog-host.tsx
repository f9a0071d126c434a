"use client";
// One dialog for a whole view's statements (the matrix's cells, the sticking points' chips): the
// buttons are server-rendered with `data-opens-statement={id}` and a click anywhere inside is read
// here, so a view of a hundred cells hydrates one component instead of a hundred dialogs. Focus
// returns to the button that opened it.
import { useMemo, useRef, useState, type MouseEvent, type ReactNode } from "react";
import { Dialog, DialogContent, DialogDescription, DialogTitle } from "@/components/ui/dialog";
import type { StatementLabels } from "./statement-labels";
import type { StatementView } from "./statement";
import { StatementDetails } from "./statement-details";

/** The attribute the view's buttons carry (written literally there: a server component cannot import a constant from this client module). */
const OPENS_STATEMENT = "data-opens-statement";

interface Props {
  statements: readonly StatementView[];
  labels: StatementLabels;
  children: ReactNode;
}

export function StatementDialogHost({ statements, labels, children }: Props) {
  const byId = useMemo(() => new Map(statements.map((s) => [s.id, s])), [statements]);
  const [opened, setOpened] = useState<StatementView | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  const onClick = (e: MouseEvent<HTMLDivElement>) => {
    const button = e.target instanceof Element ? e.target.closest<HTMLElement>(`[${OPENS_STATEMENT}]`) : null;
    const statement = byId.get(button?.getAttribute(OPENS_STATEMENT) ?? "");
    if (!button || !statement) return;
    opener.current = button;
    setOpened(statement);
  };
  return (
    // The buttons inside take the keyboard (Enter and Space click a button): this only listens.
    <div onClick={onClick} className="contents">
      {children}
      <Dialog open={opened !== null} onOpenChange={(open) => !open && setOpened(null)}>
        {opened ? (
          <DialogContent
            closeLabel={labels.close}
            className="max-h-[80vh] overflow-y-auto sm:max-w-2xl"
            onCloseAutoFocus={(e) => {
              e.preventDefault();
              opener.current?.focus();
            }}
          >
            <DialogTitle>
              {opened.party.name} · {opened.topic.name}
            </DialogTitle>
            <DialogDescription>{opened.dateLabel}</DialogDescription>
            <StatementDetails statement={opened} labels={labels} />
          </DialogContent>
        ) : null}
      </Dialog>
    </div>
  );
}
