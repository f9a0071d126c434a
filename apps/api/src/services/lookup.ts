// Resolves the slugs callers filter by into ids, with one query per kind, and fails with a typed error
// naming the argument when a slug does not exist (rather than silently returning nothing).
import type { Db } from "@parley/db";
import { AppError } from "../errors.js";

type SlugModel = "party" | "topic" | "round" | "negotiationProcess" | "person";

export async function idsForSlugs(db: Db, model: SlugModel, slugs: readonly string[], argument: string): Promise<string[]> {
  if (slugs.length === 0) return [];
  const where = { slug: { in: [...new Set(slugs)] } };
  const rows: { id: string; slug: string }[] =
    model === "party"
      ? await db.party.findMany({ where, select: { id: true, slug: true } })
      : model === "topic"
        ? await db.topic.findMany({ where, select: { id: true, slug: true } })
        : model === "round"
          ? await db.round.findMany({ where, select: { id: true, slug: true } })
          : model === "person"
            ? await db.person.findMany({ where, select: { id: true, slug: true } })
            : await db.negotiationProcess.findMany({ where, select: { id: true, slug: true } });
  const found = new Map(rows.map((r) => [r.slug, r.id]));
  const missing = slugs.filter((s) => !found.has(s));
  if (missing.length > 0) throw new AppError("NOT_FOUND", `No ${model === "negotiationProcess" ? "process" : model} with slug ${missing.map((m) => `"${m}"`).join(", ")}.`, { argument });
  return slugs.map((s) => found.get(s)!);
}

export async function idForSlug(db: Db, model: SlugModel, slug: string, argument: string): Promise<string> {
  return (await idsForSlugs(db, model, [slug], argument))[0]!;
}
