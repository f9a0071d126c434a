"use server";
// A passage of the reader becomes a quote (createEvidence, with the exact text checked against its
// offsets) and then the evidence of a new position, of an existing one, or of a round's fact. The API has no single
// mutation for both: if the second step is refused, the new quote (a draft) is deleted again.
import { getTranslations } from "next-intl/server";
import {
  AddPassageRoundEvidenceDocument,
  CreateEvidenceDocument,
  CreatePositionDocument,
  DeleteEvidenceDraftDocument,
  PassageRoundVersionDocument,
  UpdatePositionDocument,
} from "@/generated/graphql";
import { apiRequest, ApiError } from "@/lib/api";
import type { ActionResult } from "@/features/editing/action-result";
import { toPartialDateInput } from "@/features/editing/partial-date-value";
import { toFailure } from "@/features/editing/run-action";
import { loadPositionRecord } from "@/features/positions/position-record";
import { positionHref } from "@/features/positions/position-href";
import { passageSchema, type PassageValues } from "./passage-schema";

/** What the quote now backs, and where to open it. */
export interface PassageBacking {
  kind: "position" | "round";
  href: string;
}

async function backWith(v: PassageValues, evidenceId: string): Promise<PassageBacking> {
  if (v.target === "roundFact") {
    const round = (await apiRequest(PassageRoundVersionDocument, { id: v.round?.id ?? "" })).node;
    if (!round || !("version" in round)) throw new ApiError("NOT_FOUND", "The round no longer exists.", "round");
    const added = await apiRequest(AddPassageRoundEvidenceDocument, { round: round.id, version: round.version, aspect: v.aspect, evidence: evidenceId });
    return { kind: "round", href: `/rounds/${added.addRoundEvidence.slug}#facts` };
  }
  return { kind: "position", href: positionHref(await backWithPosition(v, evidenceId)) };
}

async function backWithPosition(v: PassageValues, evidenceId: string): Promise<string> {
  if (v.target === "existing" && v.existing) {
    const position = await loadPositionRecord(v.existing.id);
    if (!position) throw new ApiError("NOT_FOUND", "The position no longer exists.", "existing");
    const evidence = [...position.values.evidence.map((e) => e.id), evidenceId];
    return (await apiRequest(UpdatePositionDocument, { id: position.id, version: position.version, input: { evidence } })).updatePosition.id;
  }
  const created = await apiRequest(CreatePositionDocument, {
    input: {
      party: v.party?.id ?? "",
      topic: v.topic?.id ?? "",
      stance: v.stance,
      summary: v.summary.trim(),
      stated: toPartialDateInput(v.stated),
      evidence: [evidenceId],
      ...(v.speaker ? { speaker: v.speaker.id } : {}),
    },
  });
  return created.createPosition.id;
}

export async function makePassageEvidence(values: PassageValues): Promise<ActionResult<PassageBacking & { evidenceId: string }>> {
  const parsed = passageSchema.safeParse(values);
  if (!parsed.success) {
    const t = await getTranslations("editing");
    return { ok: false, code: "BAD_USER_INPUT", field: parsed.error.issues[0]?.path.map(String).join("."), message: t("errors.invalid") };
  }
  const v = parsed.data;
  let evidence: { id: string; version: number };
  try {
    evidence = (
      await apiRequest(CreateEvidenceDocument, {
        input: {
          article: v.article,
          start: v.start,
          end: v.end,
          text: v.exact,
          attribution: v.attribution,
          confidence: v.confidence,
          ...(v.speaker ? { speaker: v.speaker.id } : {}),
          ...(v.translation.trim() ? { translation: v.translation.trim(), translationLanguage: "en" } : {}),
        },
      })
    ).createEvidence;
  } catch (error) {
    if (error instanceof ApiError) return toFailure(error);
    throw error;
  }
  try {
    return { ok: true, value: { ...(await backWith(v, evidence.id)), evidenceId: evidence.id } };
  } catch (error) {
    await apiRequest(DeleteEvidenceDraftDocument, { id: evidence.id, version: evidence.version }).catch(() => undefined);
    if (error instanceof ApiError) return toFailure(error);
    throw error;
  }
}
