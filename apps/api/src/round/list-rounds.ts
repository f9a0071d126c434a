// The rounds list's filter as a Prisma where-clause.
import type { EditorialStatus, Prisma, RoundStatus } from "@parley/db";
import { idForSlug } from "../lookup/ids-for-slugs.js";
import { topicWhere } from "../topic/topic-subtree.js";
import { filterDayRange } from "../validation/dates.js";
import { editorial, type ReadScope } from "../visibility/visibility.js";

export interface RoundFilter {
  process?: string | null;
  party?: string | null;
  topic?: string | null;
  includeSubtopics?: boolean | null;
  roundStatuses?: RoundStatus[] | null;
  held?: { from?: string | null; to?: string | null } | null;
  status?: EditorialStatus | null;
}

export async function roundWhere(reader: ReadScope, filter: RoundFilter | null | undefined): Promise<Prisma.RoundWhereInput> {
  const f = filter ?? {};
  const where: Prisma.RoundWhereInput = { ...editorial(reader, f.status) };
  if (f.process) where.processId = await idForSlug(reader, "negotiationProcess", f.process, "filter.process");
  if (f.party) where.participants = { some: { partyId: await idForSlug(reader, "party", f.party, "filter.party") } };
  if (f.topic) where.agenda = { some: { topic: await topicWhere(reader, f.topic, f.includeSubtopics ?? true, "filter.topic") } };
  if (f.roundStatuses?.length) where.roundStatus = { in: f.roundStatuses };
  const held = filterDayRange(f.held, "filter.held");
  // Held means reported as held: the status as well as the date (a cancelled round on that day was not held).
  if (held) {
    where.startDate = held;
    where.AND = [{ roundStatus: "HELD" }];
  }
  return where;
}
