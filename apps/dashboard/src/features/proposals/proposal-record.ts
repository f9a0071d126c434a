// A proposal as the form edits it, read from the API (the form's start and a conflict's other side).
import "server-only";
import { ProposalEditDocument } from "@/generated/graphql";
import { apiRequest } from "@/lib/api";
import { toPartialDateFields } from "@/features/editing/partial-date-value";
import { topicTrail } from "@/features/editing/topic-trail";
import type { FormRecord } from "@/features/editing/record-save";
import type { ProposalFormValues } from "./proposal-form-schema";

export const EMPTY_PROPOSAL: ProposalFormValues = { title: "", slug: "", description: "", authorParty: null, versions: [] };

/** The proposal, or null when it does not exist (or is deleted). */
export async function loadProposalRecord(id: string): Promise<FormRecord<ProposalFormValues> | null> {
  const node = (await apiRequest(ProposalEditDocument, { id })).node;
  if (node?.__typename !== "Proposal") return null;
  return {
    id: node.id,
    version: node.version,
    values: {
      title: node.title,
      slug: node.slug,
      description: node.description ?? "",
      authorParty: node.authorParty ? { id: node.authorParty.id, label: node.authorParty.name } : null,
      versions: node.versions.map((v) => ({
        number: String(v.number),
        label: v.label,
        presented: toPartialDateFields(v.presented),
        round: v.round ? { id: v.round.id, label: v.round.title } : null,
        summary: v.summary ?? "",
        pointCount: v.pointCount === null ? "" : String(v.pointCount),
        pointCountNote: v.pointCountNote ?? "",
        points: v.points.map((p) => {
          const trail = p.topic ? topicTrail(p.topic) : undefined;
          return {
            number: String(p.number),
            text: p.text,
            topic: p.topic ? { id: p.topic.id, label: p.topic.name, ...(trail ? { detail: trail } : {}) } : null,
          };
        }),
      })),
    },
  };
}
