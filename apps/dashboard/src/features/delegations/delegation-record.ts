// A delegation as its form edits it, read from the API (the form's start and a conflict's other side).
import "server-only";
import { DelegationEditDocument } from "@/generated/graphql";
import { apiRequest } from "@/lib/api";
import type { DelegationRecord } from "./delegation-form-schema";

export async function loadDelegationRecord(id: string): Promise<(DelegationRecord & { roundSlug: string }) | null> {
  const d = (await apiRequest(DelegationEditDocument, { id })).node;
  if (d?.__typename !== "Delegation") return null;
  return {
    id: d.id,
    version: d.version,
    roundSlug: d.round.slug,
    values: {
      party: { id: d.party.id, label: d.party.name },
      round: { id: d.round.id, label: d.round.title },
      note: d.note ?? "",
      members: d.members.map((m) => ({
        person: { id: m.person.id, label: m.person.name },
        role: m.role,
        attendance: m.attendance,
        evidence: m.evidence ? { id: m.evidence.id, label: m.evidence.quote, detail: m.evidence.article.title } : null,
      })),
    },
  };
}
