"use server";
// Server actions over the API's party mutations.
import { CreatePartyDocument, UpdatePartyDocument, type PartyInput } from "@/generated/graphql";
import { apiRequest } from "@/lib/api";
import { aliasesToSave } from "@/features/editing/own-names";
import type { SaveRecordResult } from "@/features/editing/record-save";
import { orNull, saveRecord } from "@/features/editing/save-record";
import { partyFormSchema, type PartyFormValues } from "./party-form-schema";
import { loadPartyRecord } from "./party-record";

const toInput = (v: PartyFormValues): PartyInput => ({
  name: v.name,
  shortName: orNull(v.shortName),
  slug: v.slug,
  kind: v.kind,
  description: orNull(v.description),
  aliases: aliasesToSave([v.name, v.shortName], v.aliases),
});

export async function createParty(values: PartyFormValues): Promise<SaveRecordResult<PartyFormValues>> {
  return saveRecord({
    schema: partyFormSchema,
    values,
    write: async (v) => {
      const p = (await apiRequest(CreatePartyDocument, { input: toInput(v) })).createParty;
      return `/parties/${p.slug}`;
    },
  });
}

export async function updateParty(id: string, version: number, values: PartyFormValues): Promise<SaveRecordResult<PartyFormValues>> {
  return saveRecord({
    schema: partyFormSchema,
    values,
    write: async (v) => {
      const p = (await apiRequest(UpdatePartyDocument, { id, version, input: toInput(v) })).updateParty;
      return `/parties/${p.slug}`;
    },
    reload: () => loadPartyRecord(id),
  });
}
