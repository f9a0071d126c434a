"use server";
// Server actions over the API's round mutations: create and edit a round, and the facts kept inside
// it — the dates sources gave (date reports) and the quotes behind its facts. Each names the round's
// version, so a colleague's newer change is a CONFLICT, never overwritten.
import { getTranslations } from "next-intl/server";
import {
  AddRoundEvidenceDocument,
  CreateRoundDateReportDocument,
  CreateRoundDocument,
  DeleteRoundDateReportDocument,
  RemoveRoundEvidenceDocument,
  UpdateRoundDateReportDocument,
  UpdateRoundDocument,
  type RoundAspect,
} from "@/generated/graphql";
import { apiRequest } from "@/lib/api";
import type { ActionResult } from "@/features/editing/action-result";
import { toPartialDateInput } from "@/features/editing/partial-date-value";
import { runAction } from "@/features/editing/run-action";
import { saveRecord } from "@/features/editing/save-record";
import type { SaveRecordResult } from "@/features/editing/record-save";
import { dateReportSchema, type DateReportValues } from "./date-report-schema";
import { roundFormSchema, type RoundFormValues } from "./round-form-schema";
import { loadRoundRecord } from "./round-record";

const orNull = (s: string) => (s.trim() === "" ? null : s.trim());

function roundInput(v: RoundFormValues, creating: boolean) {
  return {
    title: v.title,
    ...(creating ? { slug: v.slug } : {}),
    process: orNull(v.process),
    sequence: v.sequence ? Number(v.sequence) : null,
    roundStatus: v.roundStatus,
    format: v.format,
    start: toPartialDateInput(v.start),
    end: toPartialDateInput(v.end),
    venue: orNull(v.venue),
    city: orNull(v.city),
    country: v.country ? v.country.toUpperCase() : null,
    summary: orNull(v.summary),
    outcome: orNull(v.outcome),
    agenda: v.agenda.map((a) => a.id),
    participants: v.participants.map((p) => ({ party: p.party.id, role: p.role })),
  };
}

export async function createRound(values: RoundFormValues): Promise<SaveRecordResult<RoundFormValues>> {
  return saveRecord({
    schema: roundFormSchema,
    values,
    write: async (v) => `/rounds/${(await apiRequest(CreateRoundDocument, { input: roundInput(v, true) })).createRound.slug}`,
  });
}

export async function updateRound(id: string, slug: string, version: number, values: RoundFormValues): Promise<SaveRecordResult<RoundFormValues>> {
  return saveRecord({
    schema: roundFormSchema,
    values,
    write: async (v) => `/rounds/${(await apiRequest(UpdateRoundDocument, { id, version, input: roundInput(v, false) })).updateRound.slug}`,
    reload: () => loadRoundRecord(slug),
  });
}

async function invalid(): Promise<ActionResult<null>> {
  const t = await getTranslations("editing");
  return { ok: false, code: "BAD_USER_INPUT", message: t("errors.invalid") };
}

function reportInput(v: DateReportValues) {
  return {
    kind: v.kind,
    start: toPartialDateInput(v.start),
    end: toPartialDateInput(v.end),
    evidence: v.evidence?.id ?? null,
    note: v.note.trim() === "" ? null : v.note.trim(),
  };
}

/** A date a source gave for the round (`version` is the round's). */
export async function addDateReport(roundId: string, version: number, values: DateReportValues): Promise<ActionResult<null>> {
  const parsed = dateReportSchema.safeParse(values);
  if (!parsed.success) return invalid();
  return runAction(async () => {
    await apiRequest(CreateRoundDateReportDocument, { round: roundId, version, input: reportInput(parsed.data) });
    return null;
  });
}

export async function correctDateReport(reportId: string, version: number, values: DateReportValues): Promise<ActionResult<null>> {
  const parsed = dateReportSchema.safeParse(values);
  if (!parsed.success) return invalid();
  return runAction(async () => {
    await apiRequest(UpdateRoundDateReportDocument, { id: reportId, version, input: reportInput(parsed.data) });
    return null;
  });
}

export async function removeDateReport(reportId: string, version: number): Promise<ActionResult<null>> {
  return runAction(async () => {
    await apiRequest(DeleteRoundDateReportDocument, { id: reportId, version });
    return null;
  });
}

/** A quote backs one fact of the round (its date, venue, outcome…). */
export async function addRoundFact(roundId: string, version: number, evidence: string, aspect: RoundAspect): Promise<ActionResult<null>> {
  return runAction(async () => {
    await apiRequest(AddRoundEvidenceDocument, { round: roundId, version, evidence, aspect });
    return null;
  });
}

export async function removeRoundFact(roundId: string, version: number, evidence: string, aspect: RoundAspect): Promise<ActionResult<null>> {
  return runAction(async () => {
    await apiRequest(RemoveRoundEvidenceDocument, { round: roundId, version, evidence, aspect });
    return null;
  });
}
