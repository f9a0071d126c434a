// A round as the form edits it, read from the API (the form's start and a conflict's other side), and
// the processes a round can belong to (a handful: a plain choice, not a search).
import "server-only";
import { RoundEditDocument, RoundFormProcessesDocument } from "@/generated/graphql";
import { apiRequest } from "@/lib/api";
import { EMPTY_PARTIAL_DATE, toPartialDateFields } from "@/features/editing/partial-date-value";
import { topicTrail } from "@/features/editing/topic-trail";
import type { FormRecord } from "@/features/editing/record-save";
import type { RoundFormValues } from "./round-form-schema";

export const EMPTY_ROUND: RoundFormValues = {
  title: "",
  slug: "",
  process: "",
  sequence: "",
  roundStatus: "PLANNED",
  format: "MULTILATERAL",
  start: EMPTY_PARTIAL_DATE,
  end: EMPTY_PARTIAL_DATE,
  venue: "",
  city: "",
  country: "",
  summary: "",
  outcome: "",
  agenda: [],
  participants: [],
};

export interface ProcessChoice {
  id: string;
  name: string;
}

export async function loadProcessChoices(): Promise<ProcessChoice[]> {
  return (await apiRequest(RoundFormProcessesDocument, {})).processes.edges.map((e) => e.node);
}

/** The round, or null when it does not exist (or is deleted). */
export async function loadRoundRecord(slug: string): Promise<FormRecord<RoundFormValues> | null> {
  const round = (await apiRequest(RoundEditDocument, { slug })).round;
  if (!round) return null;
  return {
    id: round.id,
    version: round.version,
    values: {
      title: round.title,
      slug: round.slug,
      process: round.process?.id ?? "",
      sequence: round.sequence === null ? "" : String(round.sequence),
      roundStatus: round.roundStatus,
      format: round.format,
      start: toPartialDateFields(round.start),
      end: toPartialDateFields(round.end),
      venue: round.venue ?? "",
      city: round.city ?? "",
      country: round.country ?? "",
      summary: round.summary ?? "",
      outcome: round.outcome ?? "",
      agenda: round.agenda.map((topic) => {
        const trail = topicTrail(topic);
        return { id: topic.id, label: topic.name, ...(trail ? { detail: trail } : {}) };
      }),
      participants: round.participants.map((p) => ({ party: { id: p.party.id, label: p.party.name }, role: p.role })),
    },
  };
}
