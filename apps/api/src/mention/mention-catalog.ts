// Every spelling an article may mention: people, parties and topics by their names and aliases, and places
// as events and rounds name them. Loaded in four statements, once per data version and visibility (drafts
// for staff, published records for everyone else), so matching many articles never queries per article.
import type { Db } from "@parley/db";
import type { MentionAlias } from "@parley/domain";
import { dataVersion } from "../platform/cache/response-cache.js";
import { canSeeDrafts, visible, type Reader } from "../visibility/visibility.js";

export const MENTION_KINDS = ["PERSON", "PARTY", "TOPIC", "PLACE"] as const;
export type MentionKind = (typeof MENTION_KINDS)[number];

/** What a mention names: a record (with its id and slug) or a place (a name only). */
export interface MentionTarget {
  kind: MentionKind;
  id: string | null;
  slug: string | null;
  name: string;
}

export interface MentionCatalog {
  aliases: MentionAlias[];
  targets: Map<string, MentionTarget>;
}

type Scope = "drafts" | "published";
/** Per database (a test process may run several), per visibility. */
const caches = new WeakMap<Db, Map<Scope, { version: string; catalog: Promise<MentionCatalog> }>>();

/** The catalog for this reader, rebuilt only when the data version moved. */
export async function mentionCatalog(db: Db, reader: Reader): Promise<MentionCatalog> {
  const scope: Scope = canSeeDrafts(reader.viewer) ? "drafts" : "published";
  const version = await dataVersion(db);
  const cached = caches.get(db) ?? new Map<Scope, { version: string; catalog: Promise<MentionCatalog> }>();
  caches.set(db, cached);
  const hit = cached.get(scope);
  if (hit && hit.version === version) return hit.catalog;
  const catalog = loadCatalog(db, reader);
  cached.set(scope, { version, catalog });
  // A failed load is not kept: the next request tries again.
  catalog.catch(() => cached.get(scope)?.catalog === catalog && cached.delete(scope));
  return catalog;
}

async function loadCatalog(db: Db, reader: Reader): Promise<MentionCatalog> {
  const rule = visible(reader);
  const [people, parties, topics, eventPlaces, roundCities] = await Promise.all([
    db.person.findMany({ where: rule, select: { id: true, slug: true, name: true, aliases: { select: { name: true } } } }),
    db.party.findMany({ where: rule, select: { id: true, slug: true, name: true, shortName: true, aliases: { select: { name: true } } } }),
    db.topic.findMany({ where: rule, select: { id: true, slug: true, name: true, aliases: { select: { name: true } } } }),
    db.eventPlace.findMany({ where: { event: rule }, select: { name: true }, distinct: ["name"] }),
    db.round.findMany({ where: { ...rule, city: { not: null } }, select: { city: true }, distinct: ["city"] }),
  ]);
  const aliases: MentionAlias[] = [];
  const targets = new Map<string, MentionTarget>();
  const add = (target: MentionTarget, spellings: (string | null | undefined)[]) => {
    const key = `${target.kind}:${target.id ?? target.name}`;
    targets.set(key, target);
    for (const alias of new Set(spellings)) if (alias) aliases.push({ target: key, alias });
  };
  for (const p of people) add({ kind: "PERSON", id: p.id, slug: p.slug, name: p.name }, [p.name, ...p.aliases.map((a) => a.name)]);
  for (const p of parties) add({ kind: "PARTY", id: p.id, slug: p.slug, name: p.name }, [p.name, p.shortName, ...p.aliases.map((a) => a.name)]);
  for (const t of topics) add({ kind: "TOPIC", id: t.id, slug: t.slug, name: t.name }, [t.name, ...t.aliases.map((a) => a.name)]);
  const places = new Set([...eventPlaces.map((p) => p.name), ...roundCities.map((r) => r.city)]);
  for (const place of places) if (place) add({ kind: "PLACE", id: null, slug: null, name: place }, [place]);
  return { aliases, targets };
}
