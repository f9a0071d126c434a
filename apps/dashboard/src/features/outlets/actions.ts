"use server";
// Server actions over the API's outlet mutations.
import { CreateOutletDocument, UpdateOutletDocument, type OutletInput } from "@/generated/graphql";
import { apiRequest } from "@/lib/api";
import type { SaveRecordResult } from "@/features/editing/record-save";
import { orNull, saveRecord } from "@/features/editing/save-record";
import { outletFormSchema, type OutletFormValues } from "./outlet-form-schema";
import { outletHref } from "./outlet-href";
import { loadOutletRecord } from "./outlet-record";

const toInput = (v: OutletFormValues): OutletInput => ({
  name: v.name,
  slug: v.slug,
  url: orNull(v.url),
  country: orNull(v.country),
  language: orNull(v.language),
});

export async function createOutlet(values: OutletFormValues): Promise<SaveRecordResult<OutletFormValues>> {
  return saveRecord({
    schema: outletFormSchema,
    values,
    write: async (v) => {
      const o = (await apiRequest(CreateOutletDocument, { input: toInput(v) })).createOutlet;
      return outletHref(o.id);
    },
  });
}

export async function updateOutlet(id: string, version: number, values: OutletFormValues): Promise<SaveRecordResult<OutletFormValues>> {
  return saveRecord({
    schema: outletFormSchema,
    values,
    write: async (v) => {
      const o = (await apiRequest(UpdateOutletDocument, { id, version, input: toInput(v) })).updateOutlet;
      return outletHref(o.id);
    },
    reload: () => loadOutletRecord(id),
  });
}
