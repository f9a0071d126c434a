"use server";
// Server actions over the API's demand mutations: create and edit a demand, and record, correct or
// remove the status changes of its history (each names the demand's version).
import { getTranslations } from "next-intl/server";
import {
  ChangeDemandStatusDocument,
  CreateDemandDocument,
  DeleteDemandStatusChangeDocument,
  UpdateDemandDocument,
  UpdateDemandStatusChangeDocument,
} from "@/generated/graphql";
import { apiRequest } from "@/lib/api";
import type { ActionResult } from "@/features/editing/action-result";
import { toPartialDateInput } from "@/features/editing/partial-date-value";
import { runAction } from "@/features/editing/run-action";
import { saveRecord } from "@/features/editing/save-record";
import type { SaveRecordResult } from "@/features/editing/record-save";
import { demandFormSchema, type DemandFormValues } from "./demand-form-schema";
import { demandHref } from "./demand-href";
import { loadDemandRecord } from "./demand-record";
import { statusChangeSchema, type StatusChangeValues } from "./status-change-schema";

export async function createDemand(values: DemandFormValues): Promise<SaveRecordResult<DemandFormValues>> {
  return saveRecord({
    schema: demandFormSchema,
    values,
    write: async (v) => {
      const created = await apiRequest(CreateDemandDocument, {
        input: {
          summary: v.summary,
          slug: v.slug,
          from: v.from?.id ?? "",
          ...(v.to ? { to: v.to.id } : {}),
          topic: v.topic?.id ?? "",
          raised: toPartialDateInput(v.raised),
          round: v.round?.id ?? null,
          evidence: v.evidence.map((e) => e.id),
        },
      });
      return demandHref(created.createDemand.id);
    },
  });
}

export async function updateDemand(id: string, version: number, values: DemandFormValues): Promise<SaveRecordResult<DemandFormValues>> {
  return saveRecord({
    schema: demandFormSchema,
    values,
    write: async (v) => {
      await apiRequest(UpdateDemandDocument, {
        id,
        version,
        input: {
          summary: v.summary,
          to: v.to?.id ?? null,
          ...(v.topic ? { topic: v.topic.id } : {}),
          raised: toPartialDateInput(v.raised),
          round: v.round?.id ?? null,
          evidence: v.evidence.map((e) => e.id),
        },
      });
      return demandHref(id);
    },
    reload: () => loadDemandRecord(id),
  });
}

async function invalidStatus(): Promise<ActionResult<{ version: number }>> {
  const t = await getTranslations("editing");
  return { ok: false, code: "BAD_USER_INPUT", message: t("errors.invalid") };
}

function statusInput(v: StatusChangeValues) {
  return {
    status: v.status,
    changed: toPartialDateInput(v.changed),
    round: v.round?.id ?? null,
    evidence: v.evidence?.id ?? null,
    note: v.note.trim() === "" ? null : v.note.trim(),
  };
}

/** Adds a status change to the demand's history; its status becomes the latest change's. */
export async function recordDemandStatus(demandId: string, version: number, values: StatusChangeValues): Promise<ActionResult<{ version: number }>> {
  const parsed = statusChangeSchema.safeParse(values);
  if (!parsed.success) return invalidStatus();
  const v = parsed.data;
  return runAction(async () => {
    const { status, changed, round, evidence, note } = statusInput(v);
    const input = { status, changed, ...(round ? { round } : {}), ...(evidence ? { evidence } : {}), ...(note ? { note } : {}) };
    return { version: (await apiRequest(ChangeDemandStatusDocument, { id: demandId, version, input })).changeDemandStatus.version };
  });
}

/** Corrects one entry of the history (`version` is the demand's). */
export async function correctDemandStatus(changeId: string, version: number, values: StatusChangeValues): Promise<ActionResult<{ version: number }>> {
  const parsed = statusChangeSchema.safeParse(values);
  if (!parsed.success) return invalidStatus();
  const v = parsed.data;
  return runAction(async () => ({
    version: (await apiRequest(UpdateDemandStatusChangeDocument, { id: changeId, version, input: statusInput(v) })).updateDemandStatusChange.version,
  }));
}

export async function removeDemandStatus(changeId: string, version: number): Promise<ActionResult<{ version: number }>> {
  return runAction(async () => ({ version: (await apiRequest(DeleteDemandStatusChangeDocument, { id: changeId, version })).deleteDemandStatusChange.version }));
}
