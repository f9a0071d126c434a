"use server";
// Server actions over the API's person mutations (roles are replaced as a list).
import { CreatePersonDocument, UpdatePersonDocument, type PersonInput } from "@/generated/graphql";
import { apiRequest } from "@/lib/api";
import { aliasesToSave } from "@/features/editing/own-names";
import { toPartialDateInput } from "@/features/editing/partial-date-value";
import type { SaveRecordResult } from "@/features/editing/record-save";
import { orNull, saveRecord } from "@/features/editing/save-record";
import { personFormSchema, type PersonFormValues } from "./person-form-schema";
import { loadPersonRecord } from "./person-record";

const toInput = (v: PersonFormValues): PersonInput => ({
  name: v.name,
  slug: v.slug,
  description: orNull(v.description),
  aliases: aliasesToSave([v.name], v.aliases),
  roles: v.roles.map((r) => ({
    title: r.title,
    party: r.party?.id ?? null,
    start: toPartialDateInput(r.start),
    end: toPartialDateInput(r.end),
    evidence: r.evidence?.id ?? null,
  })),
});

export async function createPerson(values: PersonFormValues): Promise<SaveRecordResult<PersonFormValues>> {
  return saveRecord({
    schema: personFormSchema,
    values,
    write: async (v) => {
      const p = (await apiRequest(CreatePersonDocument, { input: toInput(v) })).createPerson;
      return `/people/${p.slug}`;
    },
  });
}

export async function updatePerson(id: string, version: number, values: PersonFormValues): Promise<SaveRecordResult<PersonFormValues>> {
  return saveRecord({
    schema: personFormSchema,
    values,
    write: async (v) => {
      const p = (await apiRequest(UpdatePersonDocument, { id, version, input: toInput(v) })).updatePerson;
      return `/people/${p.slug}`;
    },
    reload: () => loadPersonRecord(id),
  });
}
