// The events list's filter as a Prisma where-clause; every criterion maps onto an indexed column
// (EventParty.partyId, EventTopic.topicId, EventPlace.name, Event.type, Event.occurredOn, the title's trigrams).
import type { EditorialStatus, EventType, Prisma } from "@parley/db";
import { idsForSlugs } from "../lookup/ids-for-slugs.js";
import { topicWhere } from "../topic/topic-subtree.js";
import { filterDayRange } from "../validation/dates.js";
import { editorial, type ReadScope } from "../visibility/visibility.js";

export interface EventFilter {
  parties?: string[] | null;
  topic?: string | null;
  includeSubtopics?: boolean | null;
  place?: string | null;
  types?: EventType[] | null;
  occurred?: { from?: string | null; to?: string | null } | null;
  text?: string | null;
  status?: EditorialStatus | null;
}

export async function eventWhere(reader: ReadScope, filter: EventFilter | null | undefined): Promise<Prisma.EventWhereInput> {
  const f = filter ?? {};
  const where: Prisma.EventWhereInput = { ...editorial(reader, f.status) };
  const and: Prisma.EventWhereInput[] = [];
  if (f.parties?.length) and.push({ parties: { some: { partyId: { in: await idsForSlugs(reader, "party", f.parties, "filter.parties") } } } });
  if (f.topic) and.push({ topics: { some: { topic: await topicWhere(reader, f.topic, f.includeSubtopics ?? true, "filter.topic") } } });
  if (f.place?.trim()) and.push({ places: { some: { name: { equals: f.place.trim(), mode: "insensitive" } } } });
  if (f.types?.length) where.type = { in: f.types };
  // A range of days takes the events whose date lies in it; an undated event lies in no range.
  const occurred = filterDayRange(f.occurred, "filter.occurred");
  if (occurred) where.occurredOn = occurred;
  if (f.text?.trim())
    and.push({ OR: [{ title: { contains: f.text.trim(), mode: "insensitive" } }, { summary: { contains: f.text.trim(), mode: "insensitive" } }] });
  if (and.length) where.AND = and;
  return where;
}

/** Time order for event lists: by date (undated last), then id. */
export const EVENT_ORDER: Prisma.EventOrderByWithRelationInput[] = [{ occurredOn: { sort: "asc", nulls: "last" } }, { id: "asc" }];
