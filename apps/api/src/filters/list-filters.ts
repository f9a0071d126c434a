// Turns the GraphQL filter inputs into Prisma where-clauses. Every criterion maps onto an indexed column.
import type { DemandStatus, EditorialStatus, Movement, Prisma, RoundStatus, Stance } from "@parley/db";
import { normalizeName } from "@parley/domain";
import { editorial, positionVisibility, demandVisibility, type ReadScope } from "../visibility/visibility.js";
import { DomainError } from "../errors/domain-error.js";
import { filterDayRange } from "../validation/dates.js";
import { idForSlug, idsForSlugs } from "../lookup/ids-for-slugs.js";

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

export async function topicWhere(reader: ReadScope, slug: string, includeSubtopics: boolean, argument: string): Promise<Prisma.TopicWhereInput> {
  const topic = await reader.db.topic.findFirst({ where: { slug, ...editorial(reader, null) }, select: { id: true, path: true } });
  if (!topic) throw new DomainError("NOT_FOUND", `No topic with slug "${slug}".`, { parameter: argument });
  // The rule travels with the condition: callers put it where the caller's visibility rule for the topic
  // stood, so a draft or deleted subtopic must be excluded here.
  return includeSubtopics ? { ...editorial(reader, null), OR: [{ id: topic.id }, { path: { startsWith: `${topic.path}/` } }] } : { ...editorial(reader, null), id: topic.id };
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
  if (f.movements?.length) where.movement = { in: f.movements };
  const stated = filterDayRange(f.stated, "filter.stated");
  if (stated) where.statedOn = stated;
  if (f.text?.trim()) where.summary = { contains: f.text.trim(), mode: "insensitive" };
  return where;
}

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

export interface ArticleFilter {
  language?: string | null;
  outlet?: string | null;
  published?: { from?: string | null; to?: string | null } | null;
  status?: EditorialStatus | null;
}

export async function articleWhere(reader: ReadScope, filter: ArticleFilter | null | undefined): Promise<Prisma.ArticleWhereInput> {
  const f = filter ?? {};
  const where: Prisma.ArticleWhereInput = { ...editorial(reader, f.status) };
  if (f.language) where.language = f.language;
  if (f.outlet) {
    where.outletId = await idForSlug(reader, "outlet", f.outlet, "filter.outlet");
  }
  const published = filterDayRange(f.published, "filter.published");
  if (published) where.publishedOn = published;
  return where;
}

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
  if (held) where.startDate = held;
  return where;
}

export async function evidenceWhere(
  reader: ReadScope,
  args: { article?: string | null; speaker?: string | null; attribution?: Prisma.EvidenceWhereInput["attribution"] | null },
): Promise<Prisma.EvidenceWhereInput> {
  const where: Prisma.EvidenceWhereInput = { ...editorial(reader, null), article: editorial(reader, null) };
  if (args.article) {
    where.articleId = await idForSlug(reader, "article", args.article, "article");
  }
  if (args.speaker) where.speakerPersonId = await idForSlug(reader, "person", args.speaker, "speaker");
  if (args.attribution) where.attribution = args.attribution;
  return where;
}

/** The filter of the catalog lists (outlets, parties, people, processes, proposals, topics). */
export interface CatalogFilter {
  text?: string | null;
  status?: EditorialStatus | null;
}

const words = (f: CatalogFilter | null | undefined): string | undefined => f?.text?.trim() || undefined;
/** The name contains the text (case-insensitive; a trigram index serves it). */
const nameContains = (text: string) => ({ contains: text, mode: "insensitive" as const });
/** Any alias contains the text, both normalised: case and diacritics ignored ("oekraine" finds Oekraïne). */
const aliasContains = (text: string) => ({ some: { normalized: { contains: normalizeName(text) } } });

export function partyListWhere(reader: ReadScope, f: CatalogFilter | null | undefined): Prisma.PartyWhereInput {
  const text = words(f);
  return { ...editorial(reader, f?.status), ...(text ? { OR: [{ name: nameContains(text) }, { aliases: aliasContains(text) }] } : {}) };
}

export function personListWhere(reader: ReadScope, f: CatalogFilter | null | undefined): Prisma.PersonWhereInput {
  const text = words(f);
  return { ...editorial(reader, f?.status), ...(text ? { OR: [{ name: nameContains(text) }, { aliases: aliasContains(text) }] } : {}) };
}

export function topicListWhere(reader: ReadScope, f: CatalogFilter | null | undefined): Prisma.TopicWhereInput {
  const text = words(f);
  return { ...editorial(reader, f?.status), ...(text ? { OR: [{ name: nameContains(text) }, { aliases: aliasContains(text) }] } : {}) };
}

export function outletListWhere(reader: ReadScope, f: CatalogFilter | null | undefined): Prisma.OutletWhereInput {
  const text = words(f);
  return { ...editorial(reader, f?.status), ...(text ? { name: nameContains(text) } : {}) };
}

export function processListWhere(reader: ReadScope, f: CatalogFilter | null | undefined): Prisma.NegotiationProcessWhereInput {
  const text = words(f);
  return { ...editorial(reader, f?.status), ...(text ? { name: nameContains(text) } : {}) };
}

export function proposalListWhere(reader: ReadScope, f: CatalogFilter | null | undefined): Prisma.ProposalWhereInput {
  const text = words(f);
  return { ...editorial(reader, f?.status), ...(text ? { title: nameContains(text) } : {}) };
}
