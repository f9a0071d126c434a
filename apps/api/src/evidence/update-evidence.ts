// Changing what is said about a quote (translation, attribution, speaker); its span is fixed.
import { Attribution, Confidence, type Db } from "@parley/db";
import { z } from "zod";
import { type Actor, type ChangeAction, recordAudit, transaction } from "../audit/audit.js";
import { deletedError } from "../record-engine/deleted-error.js";
import { LIMITS, text, uuid } from "../validation/field-rules.js";
import { inputError, parseInput } from "../validation/parse-input.js";
import { claimAndLoad } from "../versioning/claim-version.js";

const evidencePatch = z.object({
  translation: text(LIMITS.quote).nullish(),
  translationLanguage: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/)
    .nullish(),
  attribution: z.enum(Attribution).optional(),
  confidence: z.enum(Confidence).optional(),
  speakerId: uuid.nullish(),
  speakerPartyId: uuid.nullish(),
  note: text(LIMITS.note).nullish(),
});

/** Edits what is said about a quote (translation, attribution, speaker); its span is fixed — mark a new one instead. */
export async function updateEvidence(db: Db, actor: Actor, id: string, version: number, patch: unknown, action: ChangeAction = "UPDATE"): Promise<string> {
  const v = parseInput(evidencePatch, patch);
  return transaction(db, async (tx) => {
    const { newVersion, before } = await claimAndLoad(tx, "Evidence", id, version, () => tx.evidence.findUnique({ where: { id } }));
    if (before.deletedAt) throw deletedError("Evidence");
    const translation = v.translation === undefined ? before.translation : v.translation;
    if (v.translationLanguage && !translation) throw inputError(["translation"], "give the translation too.");
    const after = await tx.evidence.update({
      where: { id },
      data: {
        ...(v.translation !== undefined || v.translationLanguage !== undefined
          ? { translation, translationLanguage: translation ? (v.translationLanguage ?? before.translationLanguage ?? "en") : null }
          : {}),
        ...(v.attribution ? { attribution: v.attribution } : {}),
        ...(v.confidence ? { confidence: v.confidence } : {}),
        ...(v.speakerId !== undefined ? { speakerPersonId: v.speakerId } : {}),
        ...(v.speakerPartyId !== undefined ? { speakerPartyId: v.speakerPartyId } : {}),
        ...(v.note !== undefined ? { note: v.note } : {}),
      },
    });
    await recordAudit(tx, actor, { action, entityType: "Evidence", entityId: id, version: newVersion, before, after });
    return id;
  });
}
