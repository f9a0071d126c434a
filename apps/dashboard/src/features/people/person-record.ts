// A person as its form edits it, read from the API (the form's start and a conflict's other side).
import "server-only";
import { PersonEditByIdDocument, PersonEditDocument, type PersonEditPartsFragment } from "@/generated/graphql";
import { apiRequest } from "@/lib/api";
import { otherAliases } from "@/features/editing/own-names";
import { toPartialDateFields } from "@/features/editing/partial-date-value";
import type { PersonRecord } from "./person-form-schema";

function toRecord(p: PersonEditPartsFragment): PersonRecord {
  return {
    id: p.id,
    version: p.version,
    values: {
      name: p.name,
      slug: p.slug,
      description: p.description ?? "",
      aliases: otherAliases(p.aliases, [p.name]),
      roles: p.roles.map((r) => ({
        title: r.title,
        party: r.party ? { id: r.party.id, label: r.party.name } : null,
        start: toPartialDateFields(r.start),
        end: toPartialDateFields(r.end),
        evidence: r.evidence ? { id: r.evidence.id, label: r.evidence.quote, detail: r.evidence.article.title } : null,
      })),
    },
  };
}

export async function loadPersonRecordBySlug(slug: string): Promise<PersonRecord | null> {
  const person = (await apiRequest(PersonEditDocument, { slug })).person;
  return person ? toRecord(person) : null;
}

export async function loadPersonRecord(id: string): Promise<PersonRecord | null> {
  const node = (await apiRequest(PersonEditByIdDocument, { id })).node;
  return node?.__typename === "Person" ? toRecord(node) : null;
}
