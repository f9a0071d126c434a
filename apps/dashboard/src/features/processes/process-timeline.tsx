// A process's rounds on a time axis (visx scales and axis, rendered on the server: no client JS). A
// round dated to a day is a dot, one dated to a month or a year a bar over that span; titles are
// stacked so none overlaps another, each joined to its mark. Each round is a link to its page; the
// list under the chart is the same data as text.
import { AxisBottom } from "@visx/axis";
import { scaleUtc } from "@visx/scale";
import type { DaySpan } from "@/features/analysis/date-span";
import { LINE_HEIGHT, stackLabels } from "@/features/timeline/label-layout";

export interface ProcessRoundMark {
  slug: string;
  title: string;
  /** "23–24 Jan 2026", for the link's name. */
  dateLabel: string;
  span: DaySpan;
  /** Held, planned, postponed or cancelled, in words. */
  statusLabel: string;
  held: boolean;
}

const WIDTH = 860;
const MARGIN = { left: 16, right: 16, bottom: 28 };
const DAY = 86_400_000;

function day(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

export function ProcessTimeline({ rounds, title, locale }: { rounds: ProcessRoundMark[]; title: string; locale: string }) {
  if (rounds.length === 0) return null;
  const min = Math.min(...rounds.map((r) => day(r.span.start).getTime()));
  const max = Math.max(...rounds.map((r) => day(r.span.end).getTime()));
  const pad = Math.max(10 * DAY, (max - min) * 0.06);
  const x = scaleUtc({ domain: [new Date(min - pad), new Date(max + pad)], range: [MARGIN.left, WIDTH - MARGIN.right] });
  const mid = (r: ProcessRoundMark) => x(new Date((day(r.span.start).getTime() + day(r.span.end).getTime()) / 2));
  const titles = stackLabels(
    rounds.map((r) => ({ id: r.slug, text: r.title.length > 34 ? `${r.title.slice(0, 33)}…` : r.title, anchorX: mid(r) })),
    0,
    WIDTH,
  );
  const rows = Math.max(1, titles.rows);
  const axisY = 8 + rows * LINE_HEIGHT + 26;
  const height = axisY + MARGIN.bottom;
  const titleY = (row: number) => 8 + (rows - row) * LINE_HEIGHT;
  const bySlug = new Map(titles.labels.map((l) => [l.id, l]));
  const months = Math.round((max + 2 * pad - min) / (30 * DAY));
  const tickFormat = new Intl.DateTimeFormat(
    locale === "en" ? "en-GB" : locale,
    months > 30 ? { year: "numeric", timeZone: "UTC" } : { month: "short", year: "numeric", timeZone: "UTC" },
  );
  return (
    <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" role="group" aria-label={title} className="font-sans text-foreground" data-testid="process-timeline">
      <title>{title}</title>
      <AxisBottom
        top={axisY}
        scale={x}
        numTicks={6}
        tickFormat={(value) => (value instanceof Date ? tickFormat.format(value) : String(value))}
        axisClassName="[&_line]:stroke-muted-foreground"
        tickClassName="[&_text]:fill-muted-foreground [&_line]:stroke-muted-foreground"
        tickLabelProps={{ fontSize: 12, fontFamily: "inherit", textAnchor: "middle", fill: "currentColor" }}
      />
      {rounds.map((r) => {
        const label = bySlug.get(r.slug);
        const x0 = x(day(r.span.start));
        const x1 = x(day(r.span.end));
        const cx = mid(r);
        return (
          <a
            key={r.slug}
            href={`/rounds/${r.slug}`}
            aria-label={`${r.title}, ${r.dateLabel}, ${r.statusLabel}`}
            className="group outline-none"
            data-testid="process-round"
          >
            {label ? (
              <>
                <line x1={cx} x2={cx} y1={titleY(label.row) + 3} y2={axisY - 8} className="stroke-muted-foreground/50" />
                <text
                  x={label.x}
                  y={titleY(label.row)}
                  textAnchor="middle"
                  className="fill-foreground stroke-background text-[12px] [paint-order:stroke] group-hover:underline group-focus-visible:underline"
                  strokeWidth={3}
                >
                  {label.text}
                </text>
              </>
            ) : null}
            {x1 - x0 > 6 ? <rect x={x0} y={axisY - 13} width={x1 - x0} height={10} rx={3} className="fill-primary/30 stroke-primary" /> : null}
            <circle
              cx={cx}
              cy={axisY - 8}
              r={6}
              className={r.held ? "fill-primary stroke-background" : "fill-background stroke-primary"}
              strokeWidth={2}
              strokeDasharray={r.held ? undefined : "2 2"}
            />
            <circle cx={cx} cy={axisY - 8} r={11} className="fill-transparent stroke-ring opacity-0 group-focus-visible:opacity-100" strokeWidth={3} />
          </a>
        );
      })}
    </svg>
  );
}
