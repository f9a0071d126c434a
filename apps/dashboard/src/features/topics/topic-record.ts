// A topic as its form edits it, read from the API (the form's start and a conflict's other side).
import "server-only";
import { TopicEditByIdDocument, TopicEditDocument, type TopicEditPartsFragment } from "@/generated/graphql";
import { apiRequest } from "@/lib/api";
import { otherAliases } from "@/features/editing/own-names";
import { topicTrail } from "@/features/editing/topic-trail";
import type { TopicRecord } from "./topic-form-schema";

function toRecord(t: TopicEditPartsFragment): TopicRecord {
  const trail = t.parent ? topicTrail(t.parent) : undefined;
  return {
    id: t.id,
    version: t.version,
    values: {
      name: t.name,
      slug: t.slug,
      parent: t.parent ? { id: t.parent.id, label: t.parent.name, ...(trail ? { detail: trail } : {}) } : null,
      proposition: t.proposition ?? "",
      description: t.description ?? "",
      aliases: otherAliases(t.aliases, [t.name]),
    },
  };
}

export async function loadTopicRecordBySlug(slug: string): Promise<TopicRecord | null> {
  const topic = (await apiRequest(TopicEditDocument, { slug })).topic;
  return topic ? toRecord(topic) : null;
}

export async function loadTopicRecord(id: string): Promise<TopicRecord | null> {
  const node = (await apiRequest(TopicEditByIdDocument, { id })).node;
  return node?.__typename === "Topic" ? toRecord(node) : null;
}
