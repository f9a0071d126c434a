// Turns the GraphQL filter inputs into Prisma where-clauses. Every criterion maps onto an indexed column.
import type { DemandStatus, EditorialStatus, Movement, Prisma, RoundStatus, Stance } from "@parley/db";
import { normalizeName } from "@parley/domain";
import { canSeeDrafts, type Context } from "../context.js";
import { AppError } from "../errors.js";
import { dateBounds } from "../graphql/filter-inputs.js";
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

/**
 * The published-only rule, in one place: anonymous and partner callers read published, undeleted records;
 * staff read drafts too and may filter by editorial status.
 */
export function editorial(ctx: Context, status: EditorialStatus | null | undefined): { deletedAt: null; status?: EditorialStatus } {
  if (!canSeeDrafts(ctx.viewer)) return { deletedAt: null, status: "PUBLISHED" };
  return status ? { deletedAt: null, status } : { deletedAt: null };
}

/**
 * A position or demand is read with its party and topic: one whose party or topic the caller may not read
 * (a draft party, a deleted topic) is hidden too, so its non-null links never reveal a hidden record.
 */
export function positionVisibility(ctx: Context, status?: EditorialStatus | null): Prisma.PositionWhereInput {
  return { ...editorial(ctx, status), party: editorial(ctx, null), topic: editorial(ctx, null) };
}

/** The same for demands: the demanding party and the topic (a hidden target party is shown as null). */
export function demandVisibility(ctx: Context, status?: EditorialStatus | null): Prisma.DemandWhereInput {
  return { ...editorial(ctx, status), fromParty: editorial(ctx, null), topic: editorial(ctx, null) };
}

/** A quote is read with its article (a non-null link, body included): a quote on a hidden article is hidden. */
export function evidenceVisibility(ctx: Context): Prisma.EvidenceWhereInput {
  return { ...editorial(ctx, null), article: editorial(ctx, null) };
}

/**
 * A delegation is read with its round and party (both non-null links): one whose round or party the caller
 * may not read is hidden too.
 */
export function delegationVisibility(ctx: Context): Prisma.DelegationWhereInput {
  return { ...editorial(ctx, null), round: editorial(ctx, null), party: editorial(ctx, null) };
}

export async function topicWhere(ctx: Context, slug: string, includeSubtopics: boolean, argument: string): Promise<Prisma.TopicWhereInput> {
  const topic = await ctx.db.topic.findFirst({ where: { slug, ...editorial(ctx, null) }, select: { id: true, path: true } });
  if (!topic) throw new AppError("NOT_FOUND", `No topic with slug "${slug}".`, { argument });
  // The rule travels with the condition: callers put it where the caller's visibility rule for the topic
  // stood, so a draft or deleted subtopic must be excluded here.
  return includeSubtopics ? { ...editorial(ctx, null), OR: [{ id: topic.id }, { path: { startsWith: `${topic.path}/` } }] } : { ...editorial(ctx, null), id: topic.id };
}

export async function positionWhere(ctx: Context, filter: PositionFilter | null | undefined): Promise<Prisma.PositionWhereInput> {
  const f = filter ?? {};
  const where: Prisma.PositionWhereInput = positionVisibility(ctx, f.status);
  if (f.parties?.length) where.partyId = { in: await idsForSlugs(ctx, "party", f.parties, "filter.parties") };
  if (f.topic) where.topic = await topicWhere(ctx, f.topic, f.includeSubtopics ?? true, "filter.topic");
  if (f.round) where.roundId = await idForSlug(ctx, "round", f.round, "filter.round");
  if (f.process) where.round = { processId: await idForSlug(ctx, "negotiationProcess", f.process, "filter.process") };
  if (f.speaker) where.speakerPersonId = await idForSlug(ctx, "person", f.speaker, "filter.speaker");
  if (f.stances?.length) where.stance = { in: f.stances };
  if (f.movements?.length) where.movement = { in: f.movements };
  const stated = dateBounds(f.stated, "filter.stated");
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

export async function demandWhere(ctx: Context, filter: DemandFilter | null | undefined): Promise<Prisma.DemandWhereInput> {
  const f = filter ?? {};
  const where: Prisma.DemandWhereInput = demandVisibility(ctx, f.status);
  if (f.from?.length) where.fromPartyId = { in: await idsForSlugs(ctx, "party", f.from, "filter.from") };
  if (f.to?.length) where.toPartyId = { in: await idsForSlugs(ctx, "party", f.to, "filter.to") };
  if (f.topic) where.topic = await topicWhere(ctx, f.topic, f.includeSubtopics ?? true, "filter.topic");
  if (f.round) where.roundId = await idForSlug(ctx, "round", f.round, "filter.round");
  if (f.process) where.round = { processId: await idForSlug(ctx, "negotiationProcess", f.process, "filter.process") };
  if (f.statuses?.length) where.demandStatus = { in: f.statuses };
  const raised = dateBounds(f.raised, "filter.raised");
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

export async function articleWhere(ctx: Context, filter: ArticleFilter | null | undefined): Promise<Prisma.ArticleWhereInput> {
  const f = filter ?? {};
  const where: Prisma.ArticleWhereInput = { ...editorial(ctx, f.status) };
  if (f.language) where.language = f.language;
  if (f.outlet) {
    where.outletId = await idForSlug(ctx, "outlet", f.outlet, "filter.outlet");
  }
  const published = dateBounds(f.published, "filter.published");
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

export async function roundWhere(ctx: Context, filter: RoundFilter | null | undefined): Promise<Prisma.RoundWhereInput> {
  const f = filter ?? {};
  const where: Prisma.RoundWhereInput = { ...editorial(ctx, f.status) };
  if (f.process) where.processId = await idForSlug(ctx, "negotiationProcess", f.process, "filter.process");
  if (f.party) where.participants = { some: { partyId: await idForSlug(ctx, "party", f.party, "filter.party") } };
  if (f.topic) where.agenda = { some: { topic: await topicWhere(ctx, f.topic, f.includeSubtopics ?? true, "filter.topic") } };
  if (f.roundStatuses?.length) where.roundStatus = { in: f.roundStatuses };
  const held = dateBounds(f.held, "filter.held");
  if (held) where.startDate = held;
  return where;
}

export async function evidenceWhere(
  ctx: Context,
  args: { article?: string | null; speaker?: string | null; attribution?: Prisma.EvidenceWhereInput["attribution"] | null },
): Promise<Prisma.EvidenceWhereInput> {
  const where: Prisma.EvidenceWhereInput = { ...editorial(ctx, null), article: editorial(ctx, null) };
  if (args.article) {
    where.articleId = await idForSlug(ctx, "article", args.article, "article");
  }
  if (args.speaker) where.speakerPersonId = await idForSlug(ctx, "person", args.speaker, "speaker");
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

export function partyListWhere(ctx: Context, f: CatalogFilter | null | undefined): Prisma.PartyWhereInput {
  const text = words(f);
  return { ...editorial(ctx, f?.status), ...(text ? { OR: [{ name: nameContains(text) }, { aliases: aliasContains(text) }] } : {}) };
}

export function personListWhere(ctx: Context, f: CatalogFilter | null | undefined): Prisma.PersonWhereInput {
  const text = words(f);
  return { ...editorial(ctx, f?.status), ...(text ? { OR: [{ name: nameContains(text) }, { aliases: aliasContains(text) }] } : {}) };
}

export function topicListWhere(ctx: Context, f: CatalogFilter | null | undefined): Prisma.TopicWhereInput {
  const text = words(f);
  return { ...editorial(ctx, f?.status), ...(text ? { OR: [{ name: nameContains(text) }, { aliases: aliasContains(text) }] } : {}) };
}

export function outletListWhere(ctx: Context, f: CatalogFilter | null | undefined): Prisma.OutletWhereInput {
  const text = words(f);
  return { ...editorial(ctx, f?.status), ...(text ? { name: nameContains(text) } : {}) };
}

export function processListWhere(ctx: Context, f: CatalogFilter | null | undefined): Prisma.NegotiationProcessWhereInput {
  const text = words(f);
  return { ...editorial(ctx, f?.status), ...(text ? { name: nameContains(text) } : {}) };
}

export function proposalListWhere(ctx: Context, f: CatalogFilter | null | undefined): Prisma.ProposalWhereInput {
  const text = words(f);
  return { ...editorial(ctx, f?.status), ...(text ? { title: nameContains(text) } : {}) };
}
