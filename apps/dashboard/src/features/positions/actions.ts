"use server";
// Server actions over the API's position mutations. Each validates again (the browser is not trusted),
// calls the API with the editor's session and answers with a result the form can place.
import {
  ChangePositionStateDocument,
  PublishQuoteDocument,
  QuoteVersionsDocument,
  RevertPositionDocument,
  UpdatePositionDocument,
  type StateChange,
} from "@/generated/graphql";
import { apiRequest } from "@/lib/api";
import type { ActionResult } from "@/features/editing/action-result";
import type { SaveRecordResult } from "@/features/editing/record-save";
import { saveRecord } from "@/features/editing/save-record";
import { toPartialDateInput } from "@/features/editing/partial-date-value";
import { runAction } from "@/features/editing/run-action";
import { positionFormSchema, type PositionFormValues } from "./position-form-schema";
import { positionHref } from "./position-href";
import { loadPositionRecord } from "./position-record";

export async function updatePosition(id: string, version: number, values: PositionFormValues): Promise<SaveRecordResult<PositionFormValues>> {
  return saveRecord({
    schema: positionFormSchema,
    values,
    write: async (v) => {
      await apiRequest(UpdatePositionDocument, {
        id,
        version,
        input: {
          summary: v.summary,
          stance: v.stance,
          stated: toPartialDateInput(v.stated),
          party: v.party.id,
          topic: v.topic.id,
          round: v.round?.id ?? null,
          speaker: v.speaker?.id ?? null,
          evidence: v.evidence.map((e) => e.id),
        },
      });
      return positionHref(id);
    },
    reload: () => loadPositionRecord(id),
  });
}

export async function changePositionState(id: string, version: number, change: StateChange): Promise<ActionResult<{ version: number }>> {
  return runAction(async () => ({ version: (await apiRequest(ChangePositionStateDocument, { id, version, change })).changePositionState.version }));
}

export async function revertPosition(id: string, version: number, toVersion: number): Promise<ActionResult<{ version: number }>> {
  return runAction(async () => ({ version: (await apiRequest(RevertPositionDocument, { id, version, toVersion })).revertPosition.version }));
}

/** Publishes the position and, first, those of its quotes that are still drafts (readers see only published quotes). */
export async function publishPositionWithQuotes(id: string, version: number, quoteIds: string[]): Promise<ActionResult<{ version: number }>> {
  return runAction(async () => {
    const quotes = quoteIds.length ? (await apiRequest(QuoteVersionsDocument, { ids: quoteIds })).nodes : [];
    for (const quote of quotes) {
      if (quote?.__typename === "Evidence" && quote.status === "DRAFT") await apiRequest(PublishQuoteDocument, { id: quote.id, version: quote.version });
    }
    return { version: (await apiRequest(ChangePositionStateDocument, { id, version, change: "PUBLISH" })).changePositionState.version };
  });
}
