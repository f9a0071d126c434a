// A demand as the form edits it, read from the API (the form's start and a conflict's other side).
import "server-only";
import { DemandEditDocument } from "@/generated/graphql";
import { apiRequest } from "@/lib/api";
import { EMPTY_PARTIAL_DATE, toPartialDateFields } from "@/features/editing/partial-date-value";
import { topicTrail } from "@/features/editing/topic-trail";
import type { FormRecord } from "@/features/editing/record-save";
import type { DemandFormValues } from "./demand-form-schema";

export const EMPTY_DEMAND: DemandFormValues = {
  summary: "",
  slug: "",
  from: null,
  to: null,
  topic: null,
  raised: EMPTY_PARTIAL_DATE,
  round: null,
  evidence: [],
};

/** The demand, or null when it does not exist (or is deleted). */
export async function loadDemandRecord(id: string): Promise<FormRecord<DemandFormValues> | null> {
  const node = (await apiRequest(DemandEditDocument, { id })).node;
  if (node?.__typename !== "Demand") return null;
  const trail = topicTrail(node.topic);
  return {
    id: node.id,
    version: node.version,
    values: {
      summary: node.summary,
      slug: node.slug,
      from: { id: node.fromParty.id, label: node.fromParty.name },
      to: node.toParty ? { id: node.toParty.id, label: node.toParty.name } : null,
      topic: { id: node.topic.id, label: node.topic.name, ...(trail ? { detail: trail } : {}) },
      raised: toPartialDateFields(node.raised),
      round: node.round ? { id: node.round.id, label: node.round.title } : null,
      evidence: node.quotes.edges.map((e) => ({ id: e.node.id, label: e.node.quote, detail: e.node.article.title })),
    },
  };
}
