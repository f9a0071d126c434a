"use server";
// Server actions over the API's process mutations.
import { CreateProcessDocument, UpdateProcessDocument, type ProcessInput } from "@/generated/graphql";
import { apiRequest } from "@/lib/api";
import type { SaveRecordResult } from "@/features/editing/record-save";
import { orNull, saveRecord } from "@/features/editing/save-record";
import { processFormSchema, type ProcessFormValues } from "./process-form-schema";
import { processHref } from "./process-href";
import { loadProcessRecord } from "./process-record";

const toInput = (v: ProcessFormValues): ProcessInput => ({ name: v.name, slug: v.slug, description: orNull(v.description) });

export async function createProcess(values: ProcessFormValues): Promise<SaveRecordResult<ProcessFormValues>> {
  return saveRecord({
    schema: processFormSchema,
    values,
    write: async (v) => {
      const p = (await apiRequest(CreateProcessDocument, { input: toInput(v) })).createProcess;
      return processHref(p.id);
    },
  });
}

export async function updateProcess(id: string, version: number, values: ProcessFormValues): Promise<SaveRecordResult<ProcessFormValues>> {
  return saveRecord({
    schema: processFormSchema,
    values,
    write: async (v) => {
      const p = (await apiRequest(UpdateProcessDocument, { id, version, input: toInput(v) })).updateProcess;
      return processHref(p.id);
    },
    reload: () => loadProcessRecord(id),
  });
}
