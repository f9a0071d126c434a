// The articles list's filter as a Prisma where-clause.
import type { EditorialStatus, Prisma } from "@parley/db";
import { idForSlug } from "../lookup/ids-for-slugs.js";
import { filterDayRange } from "../validation/dates.js";
import { editorial, type ReadScope } from "../visibility/visibility.js";
import { DomainError } from "../errors/domain-error.js";
import { articleIdsMatching } from "../search/search-sql.js";

export interface ArticleFilter {
  language?: string | null;
  outlet?: string | null;
  published?: { from?: string | null; to?: string | null } | null;
  status?: EditorialStatus | null;
  text?: string | null;
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
  // Full-text search over title and body (the search vector's GIN index), with names' other spellings.
  const text = f.text?.trim();
  if (text) {
    if (text.length > 200) throw new DomainError("BAD_USER_INPUT", "The text must be at most 200 characters.", { parameter: "filter.text" });
    where.id = { in: await articleIdsMatching(reader, text) };
  }
  return where;
}
