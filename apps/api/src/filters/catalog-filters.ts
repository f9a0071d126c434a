// The filter of the catalog lists (outlets, parties, people, processes, proposals, topics): words in the
// name (a trigram index serves it) and, for records with aliases, in any alias, both normalised.
import type { EditorialStatus, Prisma } from "@parley/db";
import { normalizeName } from "@parley/domain";
import { editorial, type ReadScope } from "../visibility/visibility.js";

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
