"use server";
// A passage of the reader becomes a quote (createEvidence, with the exact text checked against its
// offsets) and then the evidence of what the editor chose (back-passage.ts). The API has no single
// mutation for both: if the second step is refused, the new quote (a draft) is deleted again, and the
// next try on the same passage restores it (the API keeps one quote per passage, deleted or not).
// Publishing from the reader puts the quote, the record it created and (if asked) the article live.
import { getTranslations } from "next-intl/server";
import {
  CreateEvidenceDocument,
  DeleteEvidenceDraftDocument,
  PassagePublishVersionsDocument,
  RestorePassageQuoteDocument,
  UpdatePassageQuoteDocument,
} from "@/generated/graphql";
import { apiRequest, ApiError } from "@/lib/api";
import type { ActionFailure, ActionResult } from "@/features/editing/action-result";
import { changeRecordState } from "@/features/editing/actions";
import { runAction, toFailure } from "@/features/editing/run-action";
import { publishPositionWithQuotes } from "@/features/positions/actions";
import { backPassage, type PassageBacking } from "./back-passage";
import { quoteFieldOf, targetFieldOf } from "./passage-targets";
import { passageSchema, type PassageValues } from "./passage-schema";

export type PassageSaved = PassageBacking & { evidenceId: string };

/** A refusal placed on the panel's own field (the API's input names translated by the target). */
async function failure(error: ApiError, field: string | undefined): Promise<ActionFailure> {
  const worded = await toFailure(error);
  return { ok: false, code: worded.code, message: worded.message, ...(field ? { field } : {}) };
}

/** A quote deleted again after its second step was refused: the next try on the same passage restores it. */
export interface WithdrawnQuote {
  id: string;
  version: number;
  article: string;
  start: number;
  end: number;
}

export type PassageResult = { ok: true; value: PassageSaved } | (ActionFailure & { withdrawn?: WithdrawnQuote });

/** The quote for the passage: a new one, or the one withdrawn from the last try, brought back up to date. */
async function quoteFor(v: PassageValues, withdrawn: WithdrawnQuote | null): Promise<{ id: string; version: number }> {
  const translation = v.translation.trim();
  const same = withdrawn && withdrawn.article === v.article && withdrawn.start === v.start && withdrawn.end === v.end;
  if (withdrawn && same) {
    const restored = (await apiRequest(RestorePassageQuoteDocument, { id: withdrawn.id, version: withdrawn.version })).changeState;
    const input = {
      attribution: v.attribution,
      confidence: v.confidence,
      speaker: v.speaker?.id ?? null,
      translation: translation || null,
      translationLanguage: translation ? "en" : null,
    };
    return (await apiRequest(UpdatePassageQuoteDocument, { id: restored.id, version: restored.version, input })).updateEvidence;
  }
  const input = {
    article: v.article,
    start: v.start,
    end: v.end,
    text: v.exact,
    attribution: v.attribution,
    confidence: v.confidence,
    ...(v.speaker ? { speaker: v.speaker.id } : {}),
    ...(translation ? { translation, translationLanguage: "en" } : {}),
  };
  return (await apiRequest(CreateEvidenceDocument, { input })).createEvidence;
}

export async function makePassageEvidence(values: PassageValues, withdrawn: WithdrawnQuote | null): Promise<PassageResult> {
  const parsed = passageSchema.safeParse(values);
  if (!parsed.success) {
    const t = await getTranslations("editing");
    return { ok: false, code: "BAD_USER_INPUT", field: parsed.error.issues[0]?.path.map(String).join("."), message: t("errors.invalid") };
  }
  const v = parsed.data;
  let evidence: { id: string; version: number };
  try {
    evidence = await quoteFor(v, withdrawn);
  } catch (error) {
    if (error instanceof ApiError) return failure(error, quoteFieldOf(error.field));
    throw error;
  }
  try {
    return { ok: true, value: { ...(await backPassage(v, evidence.id)), evidenceId: evidence.id } };
  } catch (error) {
    const deleted = await apiRequest(DeleteEvidenceDraftDocument, { id: evidence.id, version: evidence.version }).then(
      (r) => ({ id: r.changeState.id, version: r.changeState.version, article: v.article, start: v.start, end: v.end }),
      () => undefined,
    );
    if (!(error instanceof ApiError)) throw error;
    return { ...(await failure(error, targetFieldOf(v.target, error.field))), ...(deleted ? { withdrawn: deleted } : {}) };
  }
}

/** Publishes the new quote, the record it created (a position with its quotes, a demand, a delegation) and, if asked, the article. */
export async function publishPassage(saved: PassageSaved, articleId: string, withArticle: boolean): Promise<ActionResult<{ published: number }>> {
  const ids = [saved.evidenceId, ...(saved.created ? [saved.created.id] : []), ...(withArticle ? [articleId] : [])];
  const read = await runAction(async () => (await apiRequest(PassagePublishVersionsDocument, { ids })).nodes);
  if (!read.ok) return read;
  const drafts = read.value.flatMap((n) => (n && "status" in n && n.status === "DRAFT" ? [n] : []));
  const draft = (id: string) => drafts.find((n) => n.id === id);
  let published = 0;
  const quote = draft(saved.evidenceId);
  const record = saved.created ? draft(saved.created.id) : undefined;
  if (record && saved.created?.kind === "position") {
    // The position's own action publishes its draft quotes first.
    const done = await publishPositionWithQuotes(record.id, record.version, quote ? [quote.id] : []);
    if (!done.ok) return done;
    published += quote ? 2 : 1;
  } else {
    for (const node of [quote, record]) {
      if (!node) continue;
      const done = await changeRecordState(node.id, node.version, "PUBLISH");
      if (!done.ok) return done;
      published += 1;
    }
  }
  const article = withArticle ? draft(articleId) : undefined;
  if (article) {
    const done = await changeRecordState(article.id, article.version, "PUBLISH");
    if (!done.ok) return done;
    published += 1;
  }
  return { ok: true, value: { published } };
}
