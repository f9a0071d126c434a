"use server";
// Server actions over the API's position mutations. Each validates again (the browser is not trusted),
// calls the API with the editor's session and answers with a result the form can place.
import { getTranslations } from "next-intl/server";
import {
  ChangePositionStateDocument,
  PublishQuoteDocument,
  QuoteVersionsDocument,
  RevertPositionDocument,
  UpdatePositionDocument,
  type StateChange,
} from "@/generated/graphql";
import { apiRequest, ApiError } from "@/lib/api";
import type { ActionFailure, ActionResult } from "@/features/editing/action-result";
import { toPartialDateInput } from "@/features/editing/partial-date-value";
import { runAction, toFailure } from "@/features/editing/run-action";
import { positionFormSchema, type PositionFormValues, type PositionRecord } from "./position-form-schema";
import { loadPositionRecord } from "./position-record";

export type SavePositionResult = ActionResult<{ version: number }> | (ActionFailure & { code: "CONFLICT"; current: PositionRecord });

export async function updatePosition(id: string, version: number, values: PositionFormValues): Promise<SavePositionResult> {
  const parsed = positionFormSchema.safeParse(values);
  if (!parsed.success) {
    const t = await getTranslations("editing");
    const issue = parsed.error.issues[0];
    return { ok: false, code: "BAD_USER_INPUT", field: issue?.path.map(String).join("."), message: t("errors.invalid") };
  }
  const v = parsed.data;
  try {
    const saved = await apiRequest(UpdatePositionDocument, {
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
    return { ok: true, value: { version: saved.updatePosition.version } };
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    const failure = await toFailure(error);
    if (error.code === "CONFLICT") {
      const current = await loadPositionRecord(id);
      if (current) return { ...failure, code: "CONFLICT", current };
    }
    return failure;
  }
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
