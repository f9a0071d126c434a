// The articles list's filter as a Prisma where-clause.
import type { EditorialStatus, Prisma } from "@parley/db";
import { idForSlug } from "../lookup/ids-for-slugs.js";
import { filterDayRange } from "../validation/dates.js";
import { editorial, type ReadScope } from "../visibility/visibility.js";

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
