// A position as the form edits it, read from the API (the form's start and a conflict's other side).
import "server-only";
import { PositionEditDocument } from "@/generated/graphql";
import { apiRequest } from "@/lib/api";
import { topicTrail } from "@/features/editing/topic-trail";
import { toPartialDateFields } from "@/features/editing/partial-date-value";
import type { PositionRecord } from "./position-form-schema";

/** The position, or null when it does not exist (or is deleted). */
export async function loadPositionRecord(id: string): Promise<PositionRecord | null> {
  const node = (await apiRequest(PositionEditDocument, { id })).node;
  if (node?.__typename !== "Position") return null;
  return {
    id: node.id,
    version: node.version,
    values: {
      summary: node.summary,
      stance: node.stance,
      stated: toPartialDateFields(node.stated),
      party: { id: node.party.id, label: node.party.name },
      topic: {
        id: node.topic.id,
        label: node.topic.name,
        ...(topicTrail(node.topic) ? { detail: topicTrail(node.topic) } : {}),
        ...(node.topic.proposition ? { proposition: node.topic.proposition } : {}),
      },
      round: node.round ? { id: node.round.id, label: node.round.title } : null,
      speaker: node.speaker ? { id: node.speaker.id, label: node.speaker.name } : null,
      evidence: node.quotes.edges.map((e) => ({ id: e.node.id, label: e.node.quote, detail: e.node.article.title })),
    },
  };
}
