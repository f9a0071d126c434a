// A proposal as the record engine edits it: versions and their points are matched by number.
import { z } from "zod";
import type { Tx } from "../audit/audit.js";
import { recordSpec } from "../record-engine/record-spec.js";
import { isoDayOf, partialDateText } from "@parley/domain";
import { fieldError } from "../errors/domain-error.js";
import { proposalEvidenceIds, proposalEvidenceSnapshot, replaceProposalEvidence } from "../round/fact-lists.js";
import { LIMITS, partialDate, slug, text, uuid } from "../validation/field-rules.js";

const point = z.object({ number: z.number().int().positive(), text: text(LIMITS.summary), topicId: uuid.nullish() });
const versionInput = z.object({
  number: z.number().int().positive(),
  label: text(LIMITS.title),
  pointCount: z.number().int().positive().nullish(),
  pointCountNote: text(LIMITS.name).nullish(),
  presented: partialDate.optional(),
  roundId: uuid.nullish(),
  summary: text(LIMITS.summary).nullish(),
  points: z.array(point).max(200).optional(),
});
const proposalFields = z.object({
  slug,
  title: text(LIMITS.title),
  description: text(LIMITS.summary).nullish(),
  authorPartyId: uuid.nullish(),
  versions: z
    .array(versionInput)
    .max(50)
    .refine((vs) => new Set(vs.map((v) => v.number)).size === vs.length, "version numbers must be unique")
    .optional(),
  /** The quotes behind it: edited by add/removeProposalEvidence, written back here by a revert. */
  evidenceIds: proposalEvidenceIds,
});
type ProposalInput = z.infer<typeof proposalFields>;
/**
 * Versions and points are matched by number: changed ones are updated in place (their ids stay, so
 * positions keep their link to a version), new ones are created, and only removed ones are deleted — a
 * version that positions still cite is refused rather than silently unlinked. A version given without
 * `points` keeps its points.
 */
async function replaceVersions(tx: Tx, proposalId: string, versions: ProposalInput["versions"]): Promise<void> {
  if (!versions) return;
  const existing = await tx.proposalVersion.findMany({ where: { proposalId }, include: { points: true, _count: { select: { positions: true } } } });
  const wanted = new Set(versions.map((v) => v.number));
  const removed = existing.filter((v) => !wanted.has(v.number));
  const cited = removed.filter((v) => v._count.positions > 0);
  if (cited.length > 0) {
    const numbers = cited.map((v) => v.number);
    throw fieldError(["versions"], `version ${numbers.join(", ")} is still cited by positions; link those positions to another version first.`, {
      citedVersionNumbers: numbers,
    });
  }
  if (removed.length > 0) await tx.proposalVersion.deleteMany({ where: { id: { in: removed.map((v) => v.id) } } });
  const byNumber = new Map(existing.map((v) => [v.number, v]));
  for (const { points, presented, number, ...v } of versions) {
    const columns = {
      label: v.label,
      pointCount: v.pointCount ?? null,
      pointCountNote: v.pointCountNote ?? null,
      presentedOn: presented?.on ?? null,
      presentedOnPrecision: presented?.precision ?? "UNKNOWN",
      roundId: v.roundId ?? null,
      summary: v.summary ?? null,
    } as const;
    const old = byNumber.get(number);
    if (!old) {
      await tx.proposalVersion.create({
        data: {
          ...columns,
          proposalId,
          number,
          points: { create: (points ?? []).map((p) => ({ number: p.number, text: p.text, topicId: p.topicId ?? null })) },
        },
      });
      continue;
    }
    const changed =
      old.label !== columns.label ||
      old.pointCount !== columns.pointCount ||
      old.pointCountNote !== columns.pointCountNote ||
      isoDayOf(old.presentedOn) !== isoDayOf(columns.presentedOn) ||
      old.presentedOnPrecision !== columns.presentedOnPrecision ||
      old.roundId !== columns.roundId ||
      old.summary !== columns.summary;
    if (changed) await tx.proposalVersion.update({ where: { id: old.id }, data: { ...columns, version: { increment: 1 } } });
    if (!points) continue;
    const oldPoints = new Map(old.points.map((p) => [p.number, p]));
    const keep = new Set(points.map((p) => p.number));
    await tx.proposalPoint.deleteMany({ where: { versionId: old.id, number: { notIn: [...keep] } } });
    for (const p of points) {
      const was = oldPoints.get(p.number);
      const topicId = p.topicId ?? null;
      if (!was) await tx.proposalPoint.create({ data: { versionId: old.id, number: p.number, text: p.text, topicId } });
      else if (was.text !== p.text || was.topicId !== topicId)
        await tx.proposalPoint.update({ where: { id: was.id }, data: { text: p.text, topicId, version: { increment: 1 } } });
    }
  }
}
export const proposalRecord = recordSpec<ProposalInput>({
  type: "Proposal",
  schema: proposalFields,
  patch: proposalFields.partial(),
  load: (tx, id) => tx.proposal.findUnique({ where: { id } }),
  slugTaken: async (tx, s) => (await tx.proposal.count({ where: { slug: s } })) > 0,
  create: async (tx, { versions, evidenceIds, ...v }) => {
    const row = await tx.proposal.create({ data: v, select: { id: true } });
    await replaceVersions(tx, row.id, versions);
    await replaceProposalEvidence(tx, row.id, evidenceIds);
    return row;
  },
  update: async (tx, id, { versions, evidenceIds, ...v }) => {
    await tx.proposal.update({ where: { id }, data: v });
    await replaceVersions(tx, id, versions);
    await replaceProposalEvidence(tx, id, evidenceIds);
  },
  snapshot: async (tx, id) => {
    const p = await tx.proposal.findUniqueOrThrow({
      where: { id },
      include: { versions: { orderBy: { number: "asc" }, include: { points: { orderBy: { number: "asc" } } } } },
    });
    return {
      slug: p.slug,
      title: p.title,
      description: p.description,
      authorPartyId: p.authorPartyId,
      versions: p.versions.map((v) => ({
        number: v.number,
        label: v.label,
        pointCount: v.pointCount,
        pointCountNote: v.pointCountNote,
        presented: partialDateText(v.presentedOn, v.presentedOnPrecision),
        roundId: v.roundId,
        summary: v.summary,
        points: v.points.map((pt) => ({ number: pt.number, text: pt.text, topicId: pt.topicId })),
      })),
      evidenceIds: await proposalEvidenceSnapshot(tx, id),
    };
  },
  setState: async (tx, id, effect) => void (await tx.proposal.update({ where: { id }, data: effect })),
});
