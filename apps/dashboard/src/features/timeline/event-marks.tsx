// Events outside the talks on the stance chart: a dashed line (and a hatched band edged in the event's
// line colour when it lasted days or weeks, so it never reads as a round's solid grey band) at the days it happened, down to a labelled chip in a lane between the plot and the time axis. Chips
// are stacked in as many rows as they need (none over another); each is a button that opens the
// event's sources. Events outside the charted period or undated stay in the table below the chart.
import type { KeyboardEvent } from "react";
import type { DaySpan } from "@/features/analysis/date-span";
import type { EventView } from "./event-view";
import { stackLabels, textWidth } from "./label-layout";

export const EVENT_ROW = 20;
const CHIP_HEIGHT = 16;
const CHIP_CHARS = 36;
/** A band behind the plot only for events of a few weeks at most; a year would shade everything. */
const MAX_BAND_DAYS = 45;
const DAY = 86_400_000;

export type DatedEvent = EventView & { span: DaySpan };

function day(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** Whether the event is drawn as a band behind the plot (it lasted more than a day, a few weeks at most). */
export function isBanded(e: DatedEvent): boolean {
  const days = (day(e.span.end).getTime() - day(e.span.start).getTime()) / DAY;
  return days > 1 && days <= MAX_BAND_DAYS;
}

/** The hatching of an event's band (thin diagonal lines in the foreground colour, readable in either theme). */
export function EventSpanPattern({ id }: { id: string }) {
  return (
    <defs>
      <pattern id={id} patternUnits="userSpaceOnUse" width={6} height={6} patternTransform="rotate(45)">
        <line x1={0} x2={0} y1={0} y2={6} className="stroke-foreground/35" strokeWidth={2} />
      </pattern>
    </defs>
  );
}

/** "Strike: Unprecedented Russian…": cut at a word, so the words shown are words of the button's name. */
function chipText(e: EventView): string {
  const text = `${e.typeLabel}: ${e.title}`;
  if (text.length <= CHIP_CHARS) return text;
  const cut = text.slice(0, CHIP_CHARS);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), e.typeLabel.length + 1)).replace(/[\s,;:–-]+$/, "")}…`;
}

/** The dated events inside the chart's period, with their chips' rows. */
export function layoutEvents(events: readonly EventView[], x: (d: Date) => number, domain: { start: Date; end: Date }, width: number) {
  const shown = events.filter((e): e is DatedEvent => e.span !== null && day(e.span.end) > domain.start && day(e.span.start) < domain.end);
  const anchor = new Map(
    shown.map((e) => {
      const start = day(e.span.start).getTime();
      const end = day(e.span.end).getTime();
      return [e.id, x(new Date(end - start <= MAX_BAND_DAYS * DAY ? start + (end - start) / 2 : start))];
    }),
  );
  const stacked = stackLabels(
    shown.map((e) => ({ id: e.id, text: chipText(e), anchorX: anchor.get(e.id) ?? 0 })),
    0,
    width,
  );
  return { shown, chips: stacked.labels, rows: stacked.rows, banded: shown.some(isBanded) };
}

interface Props {
  layout: ReturnType<typeof layoutEvents>;
  x: (d: Date) => number;
  plot: { top: number; bottom: number; left: number; right: number };
  /** Top of the lane (just under the plot). */
  laneTop: number;
  /** The id of the hatching pattern (unique on the page: a page may hold several charts). */
  patternId: string;
  label: (e: EventView) => string;
  onOpen: (e: EventView) => void;
}

export function EventMarks({ layout, x, plot, laneTop, patternId, label, onOpen }: Props) {
  const byId = new Map(layout.shown.map((e) => [e.id, e]));
  const onKey = (e: EventView) => (k: KeyboardEvent<SVGGElement>) => {
    if (k.key === "Enter" || k.key === " ") {
      k.preventDefault();
      onOpen(e);
    }
  };
  const placed = layout.chips.flatMap((chip) => {
    const event = byId.get(chip.id);
    if (!event) return [];
    const x0 = Math.max(plot.left, x(day(event.span.start)));
    const x1 = Math.min(plot.right, x(day(event.span.end)));
    const long = day(event.span.end).getTime() - day(event.span.start).getTime() > MAX_BAND_DAYS * DAY;
    const chipTop = laneTop + 4 + chip.row * EVENT_ROW;
    const anchorX = Math.min(plot.right, Math.max(plot.left, chip.anchorX));
    return [{ chip, event, x0, x1, banded: isBanded(event) && x1 - x0 > 4, long, chipTop, anchorX, width: textWidth(chip.text) }];
  });
  return (
    <g data-testid="event-marks">
      <EventSpanPattern id={patternId} />
      {/* Lines and bands first, so that no line runs over another event's chip. */}
      <g aria-hidden>
        {placed.map(({ chip, x0, x1, banded, long, chipTop, anchorX }) => (
          <g key={chip.id}>
            {banded ? (
              <rect
                x={x0}
                y={plot.top}
                width={x1 - x0}
                height={plot.bottom - plot.top}
                fill={`url(#${patternId})`}
                className="stroke-foreground/60"
                strokeDasharray="4 3"
                data-testid="event-span"
              />
            ) : null}
            {long ? <rect x={x0} y={laneTop} width={Math.max(2, x1 - x0)} height={3} className="fill-foreground/50" /> : null}
            <line x1={anchorX} x2={anchorX} y1={plot.top} y2={chipTop} className="stroke-foreground/60" strokeDasharray="4 3" />
          </g>
        ))}
      </g>
      {placed.map(({ chip, event, chipTop, width }) => (
        <g
          key={chip.id}
          role="button"
          tabIndex={0}
          aria-label={label(event)}
          aria-haspopup="dialog"
          onClick={() => onOpen(event)}
          onKeyDown={onKey(event)}
          className="group cursor-pointer outline-none"
          data-testid="event-mark"
          data-event={event.slug}
        >
          <rect
            x={chip.x - width / 2}
            y={chipTop}
            width={width}
            height={CHIP_HEIGHT}
            rx={4}
            className="fill-background stroke-foreground/70 group-hover:fill-muted group-focus-visible:stroke-ring"
            strokeWidth={1}
          />
          <rect
            x={chip.x - width / 2 - 2}
            y={chipTop - 2}
            width={width + 4}
            height={CHIP_HEIGHT + 4}
            rx={5}
            className="fill-none stroke-ring opacity-0 group-focus-visible:opacity-100"
            strokeWidth={3}
          />
          <text x={chip.x} y={chipTop + 12} textAnchor="middle" className="fill-foreground text-[11px]">
            {chip.text}
          </text>
        </g>
      ))}
    </g>
  );
}
