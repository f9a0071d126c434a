// An event outside the talks (a strike, a treaty expiring…) as the stance chart and its table show it:
// plain data for the client chart, its date as the span of days it may mean (occurred to ended), its
// parties with their roles and the quotes that report it. No "server-only": unit-tested.
import type { EventPartyRole, EventType } from "@/generated/enums";
import type { StanceTimelineQuery } from "@/generated/graphql";
import type { Format } from "@/lib/format";
import { daySpan, spanOf, type DaySpan } from "@/features/analysis/date-span";
import { toQuoteView, type QuoteView } from "@/features/analysis/quote-view";

export type EventSource = StanceTimelineQuery["timeline"]["events"][number];

export interface EventView {
  id: string;
  slug: string;
  type: EventType;
  typeLabel: string;
  title: string;
  summary: string;
  dateLabel: string;
  /** From the first day it may have begun to the last it may have ended; null when undated. */
  span: DaySpan | null;
  /** "Russia (carried it out)", in the reader's language. */
  parties: { slug: string; name: string; role: EventPartyRole; roleLabel: string }[];
  quotes: QuoteView[];
}

type EventFormat = Pick<Format, "partialDate" | "dateRange" | "enumLabel">;

export function toEventView(event: EventSource, format: EventFormat): EventView {
  const begun = daySpan(event.occurred);
  const ended = daySpan(event.ended);
  return {
    id: event.id,
    slug: event.slug,
    type: event.type,
    typeLabel: format.enumLabel("EventType", event.type),
    title: event.title,
    summary: event.summary,
    dateLabel: format.dateRange(event.occurred, event.ended),
    // An end without a known start says nothing about where to draw it.
    span: begun ? spanOf(ended ? [begun, ended] : [begun]) : null,
    parties: event.parties.map((p) => ({
      slug: p.party.slug,
      name: p.party.shortName ?? p.party.name,
      role: p.role,
      roleLabel: format.enumLabel("EventPartyRole", p.role),
    })),
    quotes: event.evidence.map((e) => toQuoteView(e, format)),
  };
}

/** The events of several parties' timelines, each once, dated ones in time order and undated last. */
export function mergeEvents(lists: readonly (readonly EventView[])[]): EventView[] {
  const byId = new Map<string, EventView>();
  for (const e of lists.flat()) if (!byId.has(e.id)) byId.set(e.id, e);
  return [...byId.values()].sort((a, b) => {
    if (!a.span || !b.span) return a.span ? -1 : b.span ? 1 : a.title.localeCompare(b.title);
    return a.span.start.localeCompare(b.span.start) || a.title.localeCompare(b.title);
  });
}
