// Resolves the slugs callers filter by into ids, with one query per kind, and fails with a typed error
// naming the argument when a slug does not exist (rather than silently returning nothing). Records the
// caller may not read count as missing, so a draft's slug reveals nothing to anonymous callers.
import { editorial, type ReadScope } from "../visibility/visibility.js";
import { DomainError } from "../errors/domain-error.js";

export type SlugModel = "party" | "topic" | "round" | "negotiationProcess" | "person" | "outlet" | "article";

const LABEL: Record<SlugModel, string> = {
  party: "party",
  topic: "topic",
  round: "round",
  negotiationProcess: "process",
  person: "person",
  outlet: "outlet",
  article: "article",
};

async function rowsFor(reader: ReadScope, model: SlugModel, slugs: string[]): Promise<{ id: string; slug: string }[]> {
  const where = { slug: { in: slugs }, ...editorial(reader, null) };
  const select = { id: true, slug: true } as const;
  switch (model) {
    case "party":
      return reader.db.party.findMany({ where, select });
    case "topic":
      return reader.db.topic.findMany({ where, select });
    case "round":
      return reader.db.round.findMany({ where, select });
    case "person":
      return reader.db.person.findMany({ where, select });
    case "outlet":
      return reader.db.outlet.findMany({ where, select });
    case "article":
      return reader.db.article.findMany({ where, select });
    case "negotiationProcess":
      return reader.db.negotiationProcess.findMany({ where, select });
  }
}

export async function idsForSlugs(reader: ReadScope, model: SlugModel, slugs: readonly string[], argument: string): Promise<string[]> {
  if (slugs.length === 0) return [];
  const found = new Map((await rowsFor(reader, model, [...new Set(slugs)])).map((r) => [r.slug, r.id]));
  const missing = slugs.filter((s) => !found.has(s));
  if (missing.length > 0)
    throw new DomainError("NOT_FOUND", `No ${LABEL[model]} with slug ${missing.map((m) => `"${m}"`).join(", ")}.`, { parameter: argument });
  return slugs.flatMap((s) => found.get(s) ?? []);
}

export async function idForSlug(reader: ReadScope, model: SlugModel, slug: string, argument: string): Promise<string> {
  const [id] = await idsForSlugs(reader, model, [slug], argument);
  if (id === undefined) throw new DomainError("NOT_FOUND", `No ${LABEL[model]} with slug "${slug}".`, { parameter: argument });
  return id;
}
