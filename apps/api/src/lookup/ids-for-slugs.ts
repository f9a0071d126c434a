// Resolves the slugs callers filter by into ids, with one query per kind, and fails with a typed error
// naming the argument when a slug does not exist (rather than silently returning nothing). Records the
// caller may not read count as missing, so a draft's slug reveals nothing to anonymous callers.
import type { Context } from "../context.js";
import { AppError } from "../errors.js";
import { editorial } from "../filters/list-filters.js";

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

async function rowsFor(ctx: Context, model: SlugModel, slugs: string[]): Promise<{ id: string; slug: string }[]> {
  const where = { slug: { in: slugs }, ...editorial(ctx, null) };
  const select = { id: true, slug: true } as const;
  switch (model) {
    case "party":
      return ctx.db.party.findMany({ where, select });
    case "topic":
      return ctx.db.topic.findMany({ where, select });
    case "round":
      return ctx.db.round.findMany({ where, select });
    case "person":
      return ctx.db.person.findMany({ where, select });
    case "outlet":
      return ctx.db.outlet.findMany({ where, select });
    case "article":
      return ctx.db.article.findMany({ where, select });
    case "negotiationProcess":
      return ctx.db.negotiationProcess.findMany({ where, select });
  }
}

export async function idsForSlugs(ctx: Context, model: SlugModel, slugs: readonly string[], argument: string): Promise<string[]> {
  if (slugs.length === 0) return [];
  const found = new Map((await rowsFor(ctx, model, [...new Set(slugs)])).map((r) => [r.slug, r.id]));
  const missing = slugs.filter((s) => !found.has(s));
  if (missing.length > 0) throw new AppError("NOT_FOUND", `No ${LABEL[model]} with slug ${missing.map((m) => `"${m}"`).join(", ")}.`, { argument });
  return slugs.map((s) => found.get(s)!);
}

export async function idForSlug(ctx: Context, model: SlugModel, slug: string, argument: string): Promise<string> {
  return (await idsForSlugs(ctx, model, [slug], argument))[0]!;
}
