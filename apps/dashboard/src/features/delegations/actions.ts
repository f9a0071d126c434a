"use server";
// Server actions over the API's delegation mutations (seats are replaced as a list).
import { CreateDelegationDocument, UpdateDelegationDocument, type DelegationInput } from "@/generated/graphql";
import { apiRequest } from "@/lib/api";
import type { SaveRecordResult } from "@/features/editing/record-save";
import { orNull, saveRecord } from "@/features/editing/save-record";
import { delegationFormSchema, type DelegationFormValues } from "./delegation-form-schema";
import { loadDelegationRecord } from "./delegation-record";

const toInput = (v: DelegationFormValues): DelegationInput => ({
  ...(v.party ? { party: v.party.id } : {}),
  ...(v.round ? { round: v.round.id } : {}),
  note: orNull(v.note),
  members: v.members.map((m) => ({ person: m.person.id, role: m.role, attendance: m.attendance, evidence: m.evidence?.id ?? null })),
});

export async function createDelegation(values: DelegationFormValues): Promise<SaveRecordResult<DelegationFormValues>> {
  return saveRecord({
    schema: delegationFormSchema,
    values,
    write: async (v) => {
      const d = (await apiRequest(CreateDelegationDocument, { input: toInput(v) })).createDelegation;
      return `/rounds/${d.round.slug}#delegations`;
    },
  });
}

export async function updateDelegation(id: string, version: number, values: DelegationFormValues): Promise<SaveRecordResult<DelegationFormValues>> {
  return saveRecord({
    schema: delegationFormSchema,
    values,
    write: async (v) => {
      const d = (await apiRequest(UpdateDelegationDocument, { id, version, input: toInput(v) })).updateDelegation;
      return `/rounds/${d.round.slug}#delegations`;
    },
    reload: () => loadDelegationRecord(id),
  });
}
