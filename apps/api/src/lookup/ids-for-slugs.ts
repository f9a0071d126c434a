// Resolves the slugs (or global ids) callers filter by into ids, with one query per kind, and fails with
// a typed error naming the argument when one does not exist (rather than silently returning nothing),
// suggesting the closest matches by alias ("Rusland" → russia). Records the caller may not read count as
// missing, so a draft's slug reveals nothing to anonymous callers.
import { Prisma, readRows } from "@parley/db";
import { normalizeName } from "@parley/domain";
import { visibleSql, type ReadScope } from "../visibility/visibility.js";
import { DomainError } from "../errors/domain-error.js";
import { globalIdParts } from "./global-id-parts.js";

export type SlugModel = "party" | "topic" | "round" | "negotiationProcess" | "person" | "outlet" | "article";

/** How messages name each kind, and its GraphQL type — also its table, and the type of the global ids its filters take. */
const KINDS: Record<SlugModel, { label: string; type: string }> = {
  party: { label: "party", type: "Party" },
  topic: { label: "topic", type: "Topic" },
  round: { label: "round", type: "Round" },
  negotiationProcess: { label: "process", type: "NegotiationProcess" },
  person: { label: "person", type: "Person" },
  outlet: { label: "outlet", type: "Outlet" },
  article: { label: "article", type: "Article" },
};
const table = (model: SlugModel): Prisma.Sql => Prisma.raw(`"${KINDS[model].type}"`);

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The record id in a global id of the model's type, or null when the value is not one (then it is a slug). */
function idInGlobalId(model: SlugModel, value: string): string | null {
  if (SLUG.test(value)) return null;
  const parts = globalIdParts(value);
  return parts && parts.typename === KINDS[model].type && UUID.test(parts.id) ? parts.id : null;
}

/** The readable records among those named (one statement, whatever the kind). */
async function rowsFor(reader: ReadScope, model: SlugModel, slugs: string[], ids: string[]): Promise<{ id: string; slug: string }[]> {
  const sql = Prisma.sql`
    SELECT o.id, o.slug FROM ${table(model)} o
    WHERE (o.slug = ANY(${slugs}::text[]) OR o.id = ANY(${ids}::uuid[])) AND ${visibleSql(reader, "o")}`;
  // Every filtered list makes this lookup first: on the pool directly (readRows), Prisma inside a transaction.
  return (await readRows<{ id: string; slug: string }>(reader.db, sql)) ?? reader.db.$queryRaw<{ id: string; slug: string }[]>(sql);
}

/** The kinds with aliases: their alias table and its link to the record. */
const ALIASES: Partial<Record<SlugModel, { alias: string; fk: string }>> = {
  party: { alias: "PartyAlias", fk: "partyId" },
  topic: { alias: "TopicAlias", fk: "topicId" },
  person: { alias: "PersonAlias", fk: "personId" },
};

/**
 * Up to three readable slugs closest to what was written: by any alias, ignoring case and diacritics
 * (trigram similarity on the normalised names, indexed), and by the slug itself.
 */
export async function closestSlugs(reader: ReadScope, model: SlugModel, written: string): Promise<string[]> {
  const key = normalizeName(written.replace(/-/g, " "));
  if (key.length < 2) return [];
  const aliases = ALIASES[model];
  const byAlias = aliases
    ? Prisma.sql`SELECT o.slug, similarity(a.normalized, ${key}) AS score
        FROM ${Prisma.raw(`"${aliases.alias}"`)} a JOIN ${table(model)} o ON o.id = a.${Prisma.raw(`"${aliases.fk}"`)}
        WHERE (a.normalized % ${key} OR a.normalized LIKE ${`${key}%`}) AND ${visibleSql(reader, "o")} UNION ALL `
    : Prisma.empty;
  const rows = await reader.db.$queryRaw<{ slug: string }[]>`
    SELECT slug FROM (
      ${byAlias}
      SELECT o.slug, similarity(replace(o.slug, '-', ' '), ${key}) AS score FROM ${table(model)} o
        WHERE similarity(replace(o.slug, '-', ' '), ${key}) > 0.3 AND ${visibleSql(reader, "o")}
    ) m GROUP BY slug ORDER BY max(score) DESC, slug LIMIT 3`;
  return rows.map((r) => r.slug);
}

async function notFound(reader: ReadScope, model: SlugModel, missing: string[], argument: string): Promise<DomainError> {
  const suggestions = [...new Set((await Promise.all(missing.map((m) => closestSlugs(reader, model, m)))).flat())];
  const hint = suggestions.length ? ` Did you mean ${suggestions.map((s) => `"${s}"`).join(", ")}?` : "";
  return new DomainError("NOT_FOUND", `No ${KINDS[model].label} with slug ${missing.map((m) => `"${m}"`).join(", ")}.${hint}`, {
    parameter: argument,
    details: { suggestions },
  });
}

/** The ids of records named by slug or by global id, in the order given. */
export async function idsForSlugs(reader: ReadScope, model: SlugModel, values: readonly string[], argument: string): Promise<string[]> {
  if (values.length === 0) return [];
  const byGlobalId = new Map(values.flatMap((v) => (idInGlobalId(model, v) ? [[v, idInGlobalId(model, v) ?? ""] as const] : [])));
  const slugs = [...new Set(values.filter((v) => !byGlobalId.has(v)))];
  const rows = await rowsFor(reader, model, slugs, [...byGlobalId.values()]);
  const bySlug = new Map(rows.map((r) => [r.slug, r.id]));
  const readable = new Set(rows.map((r) => r.id));
  const idOf = (v: string) => {
    const id = byGlobalId.get(v);
    return id !== undefined ? (readable.has(id) ? id : undefined) : bySlug.get(v);
  };
  const missing = values.filter((v) => idOf(v) === undefined);
  if (missing.length > 0) throw await notFound(reader, model, missing, argument);
  return values.flatMap((v) => idOf(v) ?? []);
}

export async function idForSlug(reader: ReadScope, model: SlugModel, slug: string, argument: string): Promise<string> {
  const [id] = await idsForSlugs(reader, model, [slug], argument);
  if (id === undefined) throw await notFound(reader, model, [slug], argument);
  return id;
}
