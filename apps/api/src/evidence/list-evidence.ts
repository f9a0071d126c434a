// The quotes list's filter as a Prisma where-clause (a quote is read with its article).
import type { Prisma } from "@parley/db";
import { idForSlug } from "../lookup/ids-for-slugs.js";
import { editorial, type ReadScope } from "../visibility/visibility.js";

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
