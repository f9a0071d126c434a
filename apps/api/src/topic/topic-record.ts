// A topic as the record engine edits it: moving or renaming one rewrites its subtree's paths.
import { z } from "zod";
import type { Tx } from "../audit/audit.js";
import { recordSpec } from "../record-engine/record-spec.js";
import { syncAliases } from "../record-engine/aliases.js";
import { aliasList, LIMITS, slug, text, uuid } from "../validation/field-rules.js";
import { inputError } from "../validation/parse-input.js";

const topicFields = z.object({
  slug,
  name: text(LIMITS.name),
  proposition: text(LIMITS.summary).nullish(),
  description: text(LIMITS.note).nullish(),
  parentId: uuid.nullish(),
  aliases: aliasList,
});

/** A topic's path is its ancestors' slugs: moving or renaming one rewrites its subtree's paths. */
async function topicPath(tx: Tx, parentId: string | null | undefined, ownSlug: string, selfId?: string): Promise<string> {
  if (!parentId) return ownSlug;
  const parent = await tx.topic.findUnique({ where: { id: parentId }, select: { id: true, path: true } });
  if (!parent) throw inputError(["parentId"], "no such topic.");
  if (selfId && (parent.id === selfId || parent.path.split("/").includes(ownSlug))) {
    throw inputError(["parentId"], "a topic cannot be placed under itself or its own subtopic.");
  }
  return `${parent.path}/${ownSlug}`;
}

export const topicRecord = recordSpec({
  type: "Topic",
  schema: topicFields,
  patch: topicFields.partial(),
  load: (tx, id) => tx.topic.findUnique({ where: { id } }),
  slugTaken: async (tx, s) => (await tx.topic.count({ where: { slug: s } })) > 0,
  create: async (tx, { aliases: names, ...v }) => {
    const row = await tx.topic.create({ data: { ...v, path: await topicPath(tx, v.parentId, v.slug) }, select: { id: true } });
    await syncAliases(tx, "topic", row.id, { ...v, aliases: names ?? [] });
    return row;
  },
  update: async (tx, id, { aliases: names, ...v }) => {
    const current = await tx.topic.findUniqueOrThrow({ where: { id }, select: { slug: true, parentId: true, path: true } });
    const newSlug = v.slug ?? current.slug;
    const newPath = await topicPath(tx, v.parentId === undefined ? current.parentId : v.parentId, newSlug, id);
    await tx.topic.update({ where: { id }, data: { ...v, path: newPath } });
    if (newPath !== current.path) {
      await tx.$executeRaw`UPDATE "Topic" SET path = ${newPath} || substr(path, ${current.path.length + 1}) WHERE path LIKE ${`${current.path}/%`}`;
    }
    await syncAliases(tx, "topic", id, { ...v, aliases: names });
  },
  snapshot: async (tx, id) => {
    const t = await tx.topic.findUniqueOrThrow({ where: { id }, include: { aliases: { orderBy: { name: "asc" } } } });
    return { slug: t.slug, name: t.name, proposition: t.proposition, description: t.description, parentId: t.parentId, aliases: t.aliases.map((a) => a.name) };
  },
  setState: async (tx, id, effect) => void (await tx.topic.update({ where: { id }, data: effect })),
});
