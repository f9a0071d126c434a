"use server";
// Server actions over the API's proposal mutations: create and edit a proposal with its versions and
// points (matched by number, so positions keep their link to a version), and the quotes behind it.
import { AddProposalEvidenceDocument, CreateProposalDocument, RemoveProposalEvidenceDocument, UpdateProposalDocument } from "@/generated/graphql";
import { apiRequest } from "@/lib/api";
import type { ActionResult } from "@/features/editing/action-result";
import { toPartialDateInput } from "@/features/editing/partial-date-value";
import { runAction } from "@/features/editing/run-action";
import { saveRecord } from "@/features/editing/save-record";
import type { SaveRecordResult } from "@/features/editing/record-save";
import { proposalFormSchema, type ProposalFormValues } from "./proposal-form-schema";
import { proposalHref } from "./proposal-href";
import { loadProposalRecord } from "./proposal-record";

const orNull = (s: string) => (s.trim() === "" ? null : s.trim());

function proposalInput(v: ProposalFormValues, creating: boolean) {
  return {
    title: v.title,
    ...(creating ? { slug: v.slug } : {}),
    description: orNull(v.description),
    authorParty: v.authorParty?.id ?? null,
    versions: v.versions.map((version) => ({
      number: Number(version.number),
      label: version.label,
      presented: toPartialDateInput(version.presented),
      round: version.round?.id ?? null,
      summary: orNull(version.summary),
      pointCount: version.pointCount ? Number(version.pointCount) : null,
      pointCountNote: orNull(version.pointCountNote),
      points: version.points.map((p) => ({ number: Number(p.number), text: p.text, topic: p.topic?.id ?? null })),
    })),
  };
}

export async function createProposal(values: ProposalFormValues): Promise<SaveRecordResult<ProposalFormValues>> {
  return saveRecord({
    schema: proposalFormSchema,
    values,
    write: async (v) => proposalHref((await apiRequest(CreateProposalDocument, { input: proposalInput(v, true) })).createProposal.id),
  });
}

export async function updateProposal(id: string, version: number, values: ProposalFormValues): Promise<SaveRecordResult<ProposalFormValues>> {
  return saveRecord({
    schema: proposalFormSchema,
    values,
    write: async (v) => {
      await apiRequest(UpdateProposalDocument, { id, version, input: proposalInput(v, false) });
      return proposalHref(id);
    },
    reload: () => loadProposalRecord(id),
  });
}

export async function addProposalQuote(proposalId: string, version: number, evidence: string): Promise<ActionResult<null>> {
  return runAction(async () => {
    await apiRequest(AddProposalEvidenceDocument, { proposal: proposalId, version, evidence });
    return null;
  });
}

export async function removeProposalQuote(proposalId: string, version: number, evidence: string): Promise<ActionResult<null>> {
  return runAction(async () => {
    await apiRequest(RemoveProposalEvidenceDocument, { proposal: proposalId, version, evidence });
    return null;
  });
}
