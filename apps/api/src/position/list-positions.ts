// The positions list's filter as a Prisma where-clause; every criterion maps onto an indexed column.
import type { EditorialStatus, Movement, Prisma, Stance } from "@parley/db";
import { idForSlug, idsForSlugs } from "../lookup/ids-for-slugs.js";
import { topicWhere } from "../topic/topic-subtree.js";
import { filterDayRange } from "../validation/dates.js";
import { positionVisibility, type ReadScope } from "../visibility/visibility.js";

export interface PositionFilter {
  parties?: string[] | null;
  topic?: string | null;
  includeSubtopics?: boolean | null;
  round?: string | null;
  process?: string | null;
  stances?: Stance[] | null;
  movements?: Movement[] | null;
  stated?: { from?: string | null; to?: string | null } | null;
  speaker?: string | null;
  status?: EditorialStatus | null;
  text?: string | null;
}

export async function positionWhere(reader: ReadScope, filter: PositionFilter | null | undefined): Promise<Prisma.PositionWhereInput> {
  const f = filter ?? {};
  const where: Prisma.PositionWhereInput = positionVisibility(reader, f.status);
  if (f.parties?.length) where.partyId = { in: await idsForSlugs(reader, "party", f.parties, "filter.parties") };
  if (f.topic) where.topic = await topicWhere(reader, f.topic, f.includeSubtopics ?? true, "filter.topic");
  if (f.round) where.roundId = await idForSlug(reader, "round", f.round, "filter.round");
  if (f.process) where.round = { processId: await idForSlug(reader, "negotiationProcess", f.process, "filter.process") };
  if (f.speaker) where.speakerPersonId = await idForSlug(reader, "person", f.speaker, "filter.speaker");
  if (f.stances?.length) where.stance = { in: f.stances };
  // By the effective movement (@parley/domain effectiveMovement): the reported one when a source reports one.
  if (f.movements?.length) where.OR = [{ reportedMovement: { in: f.movements } }, { reportedMovement: null, movement: { in: f.movements } }];
  const stated = filterDayRange(f.stated, "filter.stated");
  if (stated) where.statedOn = stated;
  if (f.text?.trim()) where.summary = { contains: f.text.trim(), mode: "insensitive" };
  return where;
}
