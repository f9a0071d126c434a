// The positions list's filter: slugs resolved to ids once, then written as a Prisma where-clause (the page,
// the analyses) or as SQL (the count, count-positions.ts); every criterion maps onto an indexed column.
import type { EditorialStatus, Movement, Prisma, Stance } from "@parley/db";
import { idForSlug, idsForSlugs } from "../lookup/ids-for-slugs.js";
import { findTopicScope, topicScopeWhere, type TopicScope } from "../topic/topic-subtree.js";
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

/** The filter with its slugs looked up (as the caller may see them) and its dates parsed. */
export interface ResolvedPositionFilter {
  status?: EditorialStatus | undefined;
  partyIds?: string[] | undefined;
  topic?: TopicScope | undefined;
  roundId?: string | undefined;
  processId?: string | undefined;
  speakerId?: string | undefined;
  stances?: Stance[] | undefined;
  movements?: Movement[] | undefined;
  stated?: { gte?: Date; lte?: Date } | undefined;
  text?: string | undefined;
}

export async function resolvePositionFilter(reader: ReadScope, filter: PositionFilter | null | undefined): Promise<ResolvedPositionFilter> {
  const f = filter ?? {};
  // One after another, so the first criterion at fault is the one reported.
  const partyIds = f.parties?.length ? await idsForSlugs(reader, "party", f.parties, "filter.parties") : undefined;
  const topic = f.topic ? await findTopicScope(reader, f.topic, f.includeSubtopics ?? true, "filter.topic") : undefined;
  const roundId = f.round ? await idForSlug(reader, "round", f.round, "filter.round") : undefined;
  const processId = f.process ? await idForSlug(reader, "negotiationProcess", f.process, "filter.process") : undefined;
  const speakerId = f.speaker ? await idForSlug(reader, "person", f.speaker, "filter.speaker") : undefined;
  return {
    status: f.status ?? undefined,
    partyIds,
    topic,
    roundId,
    processId,
    speakerId,
    stances: f.stances?.length ? f.stances : undefined,
    movements: f.movements?.length ? f.movements : undefined,
    stated: filterDayRange(f.stated, "filter.stated"),
    text: f.text?.trim() || undefined,
  };
}

export function positionWhereFrom(reader: ReadScope, f: ResolvedPositionFilter): Prisma.PositionWhereInput {
  const where: Prisma.PositionWhereInput = positionVisibility(reader, f.status);
  if (f.partyIds) where.partyId = { in: f.partyIds };
  if (f.topic) where.topic = topicScopeWhere(reader, f.topic);
  if (f.roundId) where.roundId = f.roundId;
  if (f.processId) where.round = { processId: f.processId };
  if (f.speakerId) where.speakerPersonId = f.speakerId;
  if (f.stances) where.stance = { in: f.stances };
  // By the effective movement (@parley/domain effectiveMovement): the reported one when a source reports one.
  if (f.movements) where.OR = [{ reportedMovement: { in: f.movements } }, { reportedMovement: null, movement: { in: f.movements } }];
  if (f.stated) where.statedOn = f.stated;
  if (f.text) where.summary = { contains: f.text, mode: "insensitive" };
  return where;
}

export async function positionWhere(reader: ReadScope, filter: PositionFilter | null | undefined): Promise<Prisma.PositionWhereInput> {
  return positionWhereFrom(reader, await resolvePositionFilter(reader, filter));
}
