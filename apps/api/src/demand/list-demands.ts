// The demands list's filter as a Prisma where-clause; every criterion maps onto an indexed column.
import type { DemandStatus, EditorialStatus, Prisma } from "@parley/db";
import { idForSlug, idsForSlugs } from "../lookup/ids-for-slugs.js";
import { topicWhere } from "../topic/topic-subtree.js";
import { filterDayRange } from "../validation/dates.js";
import { demandVisibility, type ReadScope } from "../visibility/visibility.js";

export interface DemandFilter {
  from?: string[] | null;
  to?: string[] | null;
  topic?: string | null;
  includeSubtopics?: boolean | null;
  round?: string | null;
  process?: string | null;
  statuses?: DemandStatus[] | null;
  raised?: { from?: string | null; to?: string | null } | null;
  status?: EditorialStatus | null;
  text?: string | null;
}

export async function demandWhere(reader: ReadScope, filter: DemandFilter | null | undefined): Promise<Prisma.DemandWhereInput> {
  const f = filter ?? {};
  const where: Prisma.DemandWhereInput = demandVisibility(reader, f.status);
  if (f.from?.length) where.fromPartyId = { in: await idsForSlugs(reader, "party", f.from, "filter.from") };
  if (f.to?.length) where.toPartyId = { in: await idsForSlugs(reader, "party", f.to, "filter.to") };
  if (f.topic) where.topic = await topicWhere(reader, f.topic, f.includeSubtopics ?? true, "filter.topic");
  if (f.round) where.roundId = await idForSlug(reader, "round", f.round, "filter.round");
  if (f.process) where.round = { processId: await idForSlug(reader, "negotiationProcess", f.process, "filter.process") };
  if (f.statuses?.length) where.demandStatus = { in: f.statuses };
  const raised = filterDayRange(f.raised, "filter.raised");
  if (raised) where.raisedOn = raised;
  if (f.text?.trim()) where.summary = { contains: f.text.trim(), mode: "insensitive" };
  return where;
}
