"use client";
// Stance over time for one or more parties (visx: scales, axis, glyphs and step lines as React SVG).
// The y axis is the six-step stance scale; a dated statement is drawn over the days its date may mean
// (a month or a year is a bar, not a point); undated statements sit in their own strip on the right;
// rounds are marked as grey bands; events outside the talks (strikes, treaties…) are dashed lines down to
// labelled chips under the plot, over a hatched band when they lasted days or weeks. Every statement and event is a focusable button that opens its quotes;
// the tables under the chart are the same data for screen readers. Embeddable: give it statements.
import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import { AxisBottom } from "@visx/axis";
import { curveStepAfter } from "@visx/curve";
import { GlyphCircle, GlyphCross, GlyphDiamond, GlyphSquare, GlyphStar, GlyphTriangle } from "@visx/glyph";
import { Group } from "@visx/group";
import { scalePoint, scaleUtc } from "@visx/scale";
import { LinePath } from "@visx/shape";
import type { Stance } from "@/generated/enums";
import type { DaySpan } from "@/features/analysis/date-span";
import { STANCE_SCALE, scoreLabel } from "@/features/analysis/stance-scale";
import { movementCaption, reportedText } from "@/features/analysis/reported-movement";
import type { StatementView } from "@/features/analysis/statement";
import { StatementDialog } from "@/features/analysis/statement-dialog";
import type { StatementLabels } from "@/features/analysis/statement-labels";
import { EventDialog } from "./event-dialog";
import { EVENT_ROW, EventMarks, EventSpanPattern, layoutEvents } from "./event-marks";
import type { EventView } from "./event-view";
import { LINE_HEIGHT, placeCaptions, stackLabels } from "./label-layout";
import { partyStyles } from "./party-style";

export interface RoundMark {
  slug: string;
  title: string;
  span: DaySpan;
  /** A statement in the chart was made there: the round gets a visible label. */
  labelled: boolean;
}

export interface StanceChartLabels extends StatementLabels {
  undated: string;
  stances: Record<Stance, string>;
  rounds: string;
  /** The legend's name for event marks. */
  events: string;
  /** "Event" before an event mark's accessible name. */
  event: string;
  /** The legend's name for the hatched band of an event that lasted days or weeks. */
  eventSpan: string;
}

interface Props {
  /** The SVG's id, for saving it as SVG or PNG. */
  id: string;
  title: string;
  locale: string;
  /** The chosen topic: statements on a narrower one name it next to their mark. */
  topicSlug?: string;
  statements: StatementView[];
  rounds: RoundMark[];
  /** Events outside the talks; those dated within the charted period are drawn. */
  events?: EventView[];
  labels: StanceChartLabels;
}

/** The plot's own height (the stance rows); the chart grows above it by the rows its round titles need. */
const PLOT_HEIGHT = 292;
const MARGIN = { right: 16, bottom: 36, left: 120 };
/** Space between the lowest row of round titles and the plot, for the captions of the top stance. */
const TITLE_GAP = 12;
const UNDATED_WIDTH = 96;
const DAY = 86_400_000;
const MAX_ROUND_DAYS = 45;
const GLYPHS = [GlyphCircle, GlyphSquare, GlyphTriangle, GlyphDiamond, GlyphStar, GlyphCross] as const;

function day(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

function midpoint(span: DaySpan): Date {
  const start = day(span.start).getTime();
  return new Date(start + (day(span.end).getTime() - start) / 2);
}

/** The chart's width follows its container (SSR renders the 1400-px layout's width first). */
function useWidth(initial: number) {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(initial);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.max(320, Math.floor(entry.contentRect.width)));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}

/** Tick days on calendar boundaries: 1 January of each year, or the first of every n-th month. */
function timeTicks(start: Date, end: Date, most: number): { ticks: Date[]; yearly: boolean } {
  const months = (end.getUTCFullYear() - start.getUTCFullYear()) * 12 + end.getUTCMonth() - start.getUTCMonth();
  const steps = [1, 2, 3, 6, 12, 24, 60];
  const step = steps.find((n) => months / n <= most) ?? 120;
  const ticks: Date[] = [];
  const first = new Date(Date.UTC(start.getUTCFullYear(), step >= 12 ? 0 : start.getUTCMonth() + 1, 1));
  for (let d = first; d <= end; d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + step, 1))) {
    if (d >= start && (step < 12 || d.getUTCFullYear() % (step / 12) === 0)) ticks.push(d);
  }
  return { ticks, yearly: step >= 12 };
}

/** Round titles are long ("Abu Dhabi trilateral talks, round 1"); the band's tooltip has the whole. */
function shortTitle(title: string): string {
  return title.length > 28 ? `${title.slice(0, 27)}…` : title;
}

function ariaLabel(s: StatementView, reportedWord: string): string {
  const reported = s.reported ? ` (${reportedText(s.reported, reportedWord) ?? ""})` : "";
  return `${s.party.name}, ${s.topic.name}: ${scoreLabel(s.stance)} ${s.stanceLabel}, ${s.dateLabel}, ${s.movementLabel}${reported}. ${s.summary}`;
}

/** Starts with the chip's visible words (the name must contain what the eye reads), then the date and what it is. */
function eventLabel(word: string, e: EventView): string {
  return `${e.typeLabel}: ${e.title}, ${e.dateLabel} (${word})`;
}

export function StanceChart({ id, title, locale, topicSlug, statements, rounds, events = [], labels }: Props) {
  const { ref, width } = useWidth(1200);
  const [opened, setOpened] = useState<StatementView | null>(null);
  const [openedEvent, setOpenedEvent] = useState<EventView | null>(null);
  // The mark or chip that opened a dialog gets the focus back when it closes.
  const opener = useRef<HTMLElement | SVGElement | null>(null);
  const remember = () => {
    const active = document.activeElement;
    opener.current = active instanceof HTMLElement || active instanceof SVGElement ? active : null;
  };
  const returnFocus = (e: Event) => {
    e.preventDefault();
    opener.current?.focus();
  };
  const styles = partyStyles(statements.map((s) => s.party.slug));

  const dated = statements.filter((s): s is StatementView & { span: DaySpan } => s.span !== null);
  const undated = statements.filter((s) => s.span === null);
  const plotRight = width - MARGIN.right - (undated.length > 0 ? UNDATED_WIDTH : 0);
  const innerHeight = PLOT_HEIGHT;

  const starts = dated.map((s) => day(s.span.start).getTime());
  const ends = dated.map((s) => day(s.span.end).getTime());
  const min = starts.length > 0 ? Math.min(...starts) : Date.now() - 365 * DAY;
  const max = ends.length > 0 ? Math.max(...ends) : Date.now();
  const pad = Math.max(30 * DAY, (max - min) * 0.04);
  const domain = { start: new Date(min - pad), end: new Date(max + pad) };
  const x = scaleUtc({ domain: [domain.start, domain.end], range: [MARGIN.left, plotRight] });
  // A round known only by its year would shade a whole year: only rounds dated to the month or better.
  const visibleRounds = rounds.filter(
    (r) =>
      day(r.span.end) >= domain.start && day(r.span.start) <= domain.end && day(r.span.end).getTime() - day(r.span.start).getTime() <= MAX_ROUND_DAYS * DAY,
  );
  const bandStart = (r: RoundMark) => Math.max(MARGIN.left, x(day(r.span.start)));
  // Round titles in as many rows as they need, none over another; the plot starts below them.
  const titles = stackLabels(
    visibleRounds.filter((r) => r.labelled).map((r) => ({ id: r.slug, text: shortTitle(r.title), anchorX: bandStart(r) })),
    0,
    width,
  );
  const titleRows = Math.max(2, titles.rows);
  const top = 4 + titleRows * LINE_HEIGHT + TITLE_GAP + 10;
  const eventLayout = layoutEvents(events, x, domain, width);
  const laneHeight = eventLayout.rows > 0 ? eventLayout.rows * EVENT_ROW + 8 : 0;
  const axisTop = top + innerHeight + laneHeight;
  const height = axisTop + MARGIN.bottom;
  const titleY = (row: number) => 4 + (titleRows - row) * LINE_HEIGHT;
  const titleBoxes = titles.labels.map((l) => ({ left: l.left, right: l.right, top: titleY(l.row) - LINE_HEIGHT + 3, bottom: titleY(l.row) + 3 }));
  const y = scalePoint({ domain: [...STANCE_SCALE], range: [top, top + innerHeight], padding: 0.5 });
  const yOf = (stance: Stance) => y(stance) ?? top;
  const ticks = timeTicks(domain.start, domain.end, Math.max(2, Math.floor((plotRight - MARGIN.left) / 90)));
  const tickFormat = new Intl.DateTimeFormat(
    locale === "en" ? "en-GB" : locale,
    ticks.yearly ? { year: "numeric", timeZone: "UTC" } : { month: "short", year: "numeric", timeZone: "UTC" },
  );

  // Several parties on one stance at one time: spread them a little so each stays visible.
  const offset = (slug: string) => ((styles.get(slug)?.index ?? 0) - (styles.size - 1) / 2) * 5;
  const place = (s: StatementView) => ({
    cx: s.span ? x(midpoint(s.span)) : plotRight + 22 + ((undated.indexOf(s) * 18) % (UNDATED_WIDTH - 20)),
    cy: yOf(s.stance) + offset(s.party.slug),
  });
  const open = (s: StatementView) => {
    remember();
    setOpened(s);
  };
  const onKey = (s: StatementView) => (e: KeyboardEvent<SVGGElement>) => {
    if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      open(s);
    }
  };

  return (
    <div ref={ref} className="w-full">
      <ul className="mb-2 flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label={title}>
        {[...styles.entries()].map(([slug, style]) => {
          const Glyph = GLYPHS[style.index % GLYPHS.length] ?? GlyphCircle;
          const name = statements.find((s) => s.party.slug === slug)?.party.name ?? slug;
          return (
            <li key={slug} className="flex items-center gap-1.5">
              <svg width="14" height="14" aria-hidden>
                <Glyph left={7} top={7} size={70} fill={style.color} />
              </svg>
              {name}
            </li>
          );
        })}
        {eventLayout.shown.length > 0 ? (
          <li className="flex items-center gap-1.5">
            <svg width="14" height="14" aria-hidden>
              <line x1={7} x2={7} y1={0} y2={14} className="stroke-foreground/60" strokeDasharray="4 3" strokeWidth={1.5} />
            </svg>
            {labels.events}
          </li>
        ) : null}
        {eventLayout.banded ? (
          <li className="flex items-center gap-1.5">
            <svg width="14" height="14" aria-hidden>
              <EventSpanPattern id={`${id}-event-span-key`} />
              <rect x={1} y={1} width={12} height={12} fill={`url(#${id}-event-span-key)`} className="stroke-foreground/60" strokeDasharray="3 2" />
            </svg>
            {labels.eventSpan}
          </li>
        ) : null}
      </ul>
      <svg
        id={id}
        // Until the browser measures the container, the server's guess is scaled to fit (same height: no shift).
        width="100%"
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        preserveAspectRatio="xMinYMin meet"
        role="group"
        aria-label={title}
        className="max-w-full overflow-visible font-sans text-foreground select-none"
        data-testid="stance-chart"
      >
        <title>{title}</title>
        {/* Rounds: a band over the days they ran, labelled where a charted statement was made. */}
        <Group aria-label={labels.rounds}>
          {visibleRounds.map((r) => {
            const x0 = bandStart(r);
            const x1 = Math.min(plotRight, Math.max(x0 + 2, x(day(r.span.end))));
            return (
              <g key={r.slug}>
                <rect x={x0} y={top} width={x1 - x0} height={innerHeight} className="fill-muted-foreground/15" />
                <line x1={x0} x2={x0} y1={top - 6} y2={top + innerHeight} className="stroke-muted-foreground/50" strokeDasharray="3 3" />
                <title>{r.title}</title>
              </g>
            );
          })}
          {/* Titles, stacked; a leader line joins each to its band. */}
          {titles.labels.map((l) => (
            <g key={l.id}>
              <line x1={l.anchorX} x2={l.anchorX} y1={titleY(l.row) + 3} y2={top - 6} className="stroke-muted-foreground/50" />
              <text
                x={l.x}
                y={titleY(l.row)}
                textAnchor="middle"
                className="fill-muted-foreground stroke-background text-[11px] [paint-order:stroke]"
                strokeWidth={3}
                data-testid="round-title"
              >
                {l.text}
              </text>
            </g>
          ))}
        </Group>
        {/* The stance scale. */}
        <Group>
          {STANCE_SCALE.map((stance) => (
            <g key={stance}>
              <line
                x1={MARGIN.left}
                x2={width - MARGIN.right}
                y1={yOf(stance)}
                y2={yOf(stance)}
                className={stance === "OPEN_TO" ? "stroke-foreground/40" : "stroke-border"}
              />
              <text x={MARGIN.left - 8} y={yOf(stance)} dy="0.32em" textAnchor="end" className="fill-foreground text-xs">
                {scoreLabel(stance)} {labels.stances[stance]}
              </text>
            </g>
          ))}
        </Group>
        <EventMarks
          layout={eventLayout}
          x={x}
          plot={{ top, bottom: top + innerHeight, left: MARGIN.left, right: plotRight }}
          laneTop={top + innerHeight}
          patternId={`${id}-event-span`}
          label={(e) => eventLabel(labels.event, e)}
          onOpen={(e) => {
            remember();
            setOpenedEvent(e);
          }}
        />
        <AxisBottom
          top={axisTop}
          scale={x}
          tickValues={ticks.ticks}
          tickFormat={(value) => (value instanceof Date ? tickFormat.format(value) : String(value))}
          axisClassName="[&_line]:stroke-muted-foreground"
          tickClassName="[&_text]:fill-muted-foreground [&_line]:stroke-muted-foreground"
          tickLabelProps={{ fontSize: 11, fontFamily: "inherit", textAnchor: "middle", fill: "currentColor" }}
        />
        {undated.length > 0 ? (
          <g>
            <line x1={plotRight + 8} x2={plotRight + 8} y1={top - 6} y2={axisTop} className="stroke-muted-foreground" strokeDasharray="2 4" />
            <text x={plotRight + 8 + UNDATED_WIDTH / 2} y={axisTop + 20} textAnchor="middle" className="fill-muted-foreground text-[11px]">
              {labels.undated}
            </text>
          </g>
        ) : null}
        {/* Each party's stance held from one statement to the next. */}
        {[...styles.entries()].map(([slug, style]) => {
          const points = dated.filter((s) => s.party.slug === slug).sort((a, b) => a.span.start.localeCompare(b.span.start));
          return (
            <LinePath
              key={slug}
              data={points}
              x={(s) => x(midpoint(s.span))}
              y={(s) => yOf(s.stance) + offset(slug)}
              curve={curveStepAfter}
              stroke={style.color}
              strokeOpacity={0.55}
              strokeWidth={2}
              aria-hidden
            />
          );
        })}
        {statements.map((s) => {
          const style = styles.get(s.party.slug);
          const color = style?.color ?? "currentColor";
          const Glyph = GLYPHS[(style?.index ?? 0) % GLYPHS.length] ?? GlyphCircle;
          const { cx, cy } = place(s);
          const bar = s.span ? { x0: x(day(s.span.start)), x1: x(day(s.span.end)) } : null;
          return (
            <g
              key={s.id}
              role="button"
              tabIndex={0}
              aria-label={ariaLabel(s, labels.reported)}
              aria-haspopup="dialog"
              onClick={() => open(s)}
              onKeyDown={onKey(s)}
              className="group cursor-pointer outline-none"
              data-testid="stance-point"
              data-stated={s.stated.on ?? ""}
            >
              {bar && bar.x1 - bar.x0 > 4 ? (
                <rect x={bar.x0} y={cy - 5} width={bar.x1 - bar.x0} height={10} rx={3} fill={color} fillOpacity={0.28} stroke={color} strokeWidth={1} />
              ) : null}
              <circle
                cx={cx}
                cy={cy}
                r={13}
                className="fill-transparent stroke-ring opacity-0 group-hover:opacity-60 group-focus-visible:opacity-100"
                strokeWidth={3}
              />
              <Glyph left={cx} top={cy} size={110} fill={color} className="stroke-background" strokeWidth={1.5} />
            </g>
          );
        })}
        {/* Movement labels, outside the buttons (a button's name is its aria-label, which says more). */}
        <g aria-hidden>
          {placeCaptions(
            statements.map((s) => {
              const { cx, cy } = place(s);
              return { id: s.id, text: movementCaption(s, labels.reported, topicSlug), anchorX: cx, anchorY: cy };
            }),
            { minX: MARGIN.left, maxX: width, minY: 0, maxY: top + innerHeight },
            titleBoxes,
          ).map((l) => (
            <g key={l.id}>
              {l.leader ? (
                <line
                  x1={l.anchorX}
                  x2={l.x}
                  y1={l.anchorY + (l.y < l.anchorY ? -8 : 8)}
                  y2={l.y < l.anchorY ? l.y + 3 : l.y - 11}
                  className="stroke-foreground/40"
                />
              ) : null}
              <text
                x={l.x}
                y={l.y}
                textAnchor="middle"
                className="pointer-events-none fill-foreground stroke-background text-[11px] font-medium [paint-order:stroke]"
                strokeWidth={3}
                data-testid="movement-caption"
              >
                {l.text}
              </text>
            </g>
          ))}
        </g>
      </svg>
      <StatementDialog statement={opened} labels={labels} open={opened !== null} onOpenChange={(o) => !o && setOpened(null)} onCloseAutoFocus={returnFocus} />
      <EventDialog event={openedEvent} labels={labels} onClose={() => setOpenedEvent(null)} onCloseAutoFocus={returnFocus} />
    </div>
  );
}
