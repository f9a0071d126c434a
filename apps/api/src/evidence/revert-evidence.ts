// A quote put back as it was at an earlier version, through its ordinary update.
import type { Db } from "@parley/db";
import type { Actor } from "../audit/audit.js";
import { auditedSnapshot, versionToRevertTo, type Snapshot } from "../record-engine/revert-source.js";
import { updateEvidence } from "./update-evidence.js";

/**
 * The evidence at a version. Older re-anchoring entries kept only the offsets; the other fields are those
 * of the nearest earlier complete state (a re-anchoring changes nothing else). Null if none is complete.
 */
async function evidenceAt(db: Db, id: string, toVersion: number): Promise<Snapshot | null> {
  let s = await auditedSnapshot(db, "Evidence", id, toVersion);
  for (let v = toVersion - 1; s && !("attribution" in s) && v >= 1; v--) {
    const earlier = await auditedSnapshot(db, "Evidence", id, v);
    if (earlier) s = { ...earlier, ...s };
  }
  return s && "attribution" in s ? s : null;
}

export async function revertEvidence(db: Db, actor: Actor, id: string, version: number, toVersion: number): Promise<string> {
  const s = versionToRevertTo("Evidence", toVersion, await evidenceAt(db, id, toVersion));
  const fields = {
    translation: s.translation,
    translationLanguage: s.translationLanguage,
    attribution: s.attribution,
    confidence: s.confidence,
    speakerId: s.speakerPersonId,
    speakerPartyId: s.speakerPartyId,
    note: s.note,
  };
  await updateEvidence(db, actor, id, version, fields, "REVERT");
  return id;
}
