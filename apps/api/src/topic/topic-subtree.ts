// A topic filter: the topic by slug and, by default, its narrower topics (by path prefix, indexed).
import type { Prisma } from "@parley/db";
import { DomainError } from "../errors/domain-error.js";
import { editorial, type ReadScope } from "../visibility/visibility.js";
import { idForSlug } from "../lookup/ids-for-slugs.js";

/** The topic a filter names, as the caller may see it, and whether its narrower topics count too. */
export interface TopicScope {
  id: string;
  path: string;
  includeSubtopics: boolean;
}

export async function findTopicScope(reader: ReadScope, slug: string, includeSubtopics: boolean, argument: string): Promise<TopicScope> {
  // A slug or a global id; an unknown one is NOT_FOUND with the closest topics by alias.
  const id = await idForSlug(reader, "topic", slug, argument);
  const topic = await reader.db.topic.findFirst({ where: { id, ...editorial(reader, null) }, select: { id: true, path: true } });
  if (!topic) throw new DomainError("NOT_FOUND", `No topic with slug "${slug}".`, { parameter: argument });
  return { ...topic, includeSubtopics };
}

export function topicScopeWhere(reader: ReadScope, topic: TopicScope): Prisma.TopicWhereInput {
  // The rule travels with the condition: callers put it where the caller's visibility rule for the topic
  // stood, so a draft or deleted subtopic must be excluded here.
  return topic.includeSubtopics
    ? { ...editorial(reader, null), OR: [{ id: topic.id }, { path: { startsWith: `${topic.path}/` } }] }
    : { ...editorial(reader, null), id: topic.id };
}

export async function topicWhere(reader: ReadScope, slug: string, includeSubtopics: boolean, argument: string): Promise<Prisma.TopicWhereInput> {
  return topicScopeWhere(reader, await findTopicScope(reader, slug, includeSubtopics, argument));
}
