"use client";
// An event opened from the stance chart: what happened, when, who was involved, and the quotes that
// report it, each linking to its place in the article.
import { Dialog, DialogContent, DialogDescription, DialogTitle } from "@/components/ui/dialog";
import { QuoteItems } from "@/features/analysis/quote-items";
import type { EventView } from "./event-view";

export interface EventLabels {
  close: string;
  quotes: string;
  noQuotes: string;
}

interface Props {
  event: EventView | null;
  labels: EventLabels;
  onClose: () => void;
  /** Where focus goes back on close (the chip that opened it). */
  onCloseAutoFocus?: (event: Event) => void;
}

export function EventDialog({ event, labels, onClose, onCloseAutoFocus }: Props) {
  return (
    <Dialog open={event !== null} onOpenChange={(open) => !open && onClose()}>
      {event ? (
        <DialogContent
          closeLabel={labels.close}
          className="max-h-[80vh] overflow-y-auto sm:max-w-2xl"
          data-testid="event-details"
          onCloseAutoFocus={onCloseAutoFocus}
        >
          <DialogTitle>{event.title}</DialogTitle>
          <DialogDescription>
            {event.typeLabel} · {event.dateLabel}
          </DialogDescription>
          <div className="grid gap-3 text-sm">
            {event.parties.length > 0 ? <p className="text-muted-foreground">{event.parties.map((p) => `${p.name} (${p.roleLabel})`).join(" · ")}</p> : null}
            <p>{event.summary}</p>
            <h3 className="text-xs font-semibold tracking-wide text-muted-foreground uppercase">{labels.quotes}</h3>
            {event.quotes.length === 0 ? <p className="text-muted-foreground">{labels.noQuotes}</p> : <QuoteItems quotes={event.quotes} />}
          </div>
        </DialogContent>
      ) : null}
    </Dialog>
  );
}
