// Sources a record keeps as part of itself: the quotes behind a round's facts and the dates sources gave
// for it, the quotes behind a proposal, and a demand's status history. Their rows have no version of their
// own, so changing one changes its owner: the owner's version is bumped, its audit entry holds the lists
// before and after, and a revert of the owner writes the lists back (rows keep their ids).
import { DateReportKind, RoundAspect } from "@parley/db";
import { partialDateText } from "@parley/domain";
import { z } from "zod";
import type { Tx } from "../audit/audit.js";
import { refineEndNotBeforeStart, LIMITS, partialDate, text, uuid } from "../validation/field-rules.js";
import { inputError } from "../validation/parse-input.js";

/** A stored partial date in its input shape. */

/** The fields of a date report; its quote is required when it is reported, kept (or lost) otherwise. */
export const dateReportObject = z.object({
  kind: z.enum(DateReportKind),
  start: partialDate,
  end: partialDate.default({ on: null, precision: "UNKNOWN" }),
  evidenceId: uuid.nullable(),
  note: text(LIMITS.note).nullish(),
});
export type DateReportFields = z.infer<typeof dateReportObject>;

const roundEvidenceList = z.array(z.object({ evidenceId: uuid, aspect: z.enum(RoundAspect) })).max(500);
const dateReportList = z.array(dateReportObject.extend({ id: uuid }).superRefine(refineEndNotBeforeStart)).max(200);

/** The round's lists as its input (and audit snapshot) carries them; absent lists are left alone. */
export const roundFactLists = { evidence: roundEvidenceList.optional(), dateReports: dateReportList.optional() };
export type RoundFactLists = { evidence?: z.infer<typeof roundEvidenceList> | undefined; dateReports?: z.infer<typeof dateReportList> | undefined };

/** Whether every one of these quotes exists and is not deleted. */
export async function quotesUsable(tx: Tx, ids: string[]): Promise<boolean> {
  const unique = [...new Set(ids)];
  return unique.length === 0 || (await tx.evidence.count({ where: { id: { in: unique }, deletedAt: null } })) === unique.length;
}

/** Quotes newly linked to a record must exist and not be deleted. */
export async function checkQuotes(tx: Tx, ids: string[], field: readonly PropertyKey[]): Promise<void> {
  if (!(await quotesUsable(tx, ids))) throw inputError(field, "no such quote (or it is deleted).");
}

/** The columns of a date report. */
export const dateReportColumns = (r: DateReportFields) => ({
  kind: r.kind,
  startDate: r.start.on,
  startDatePrecision: r.start.precision,
  endDate: r.end.on,
  endDatePrecision: r.end.precision,
  evidenceId: r.evidenceId,
  note: r.note ?? null,
});

export async function replaceRoundFacts(tx: Tx, roundId: string, lists: RoundFactLists): Promise<void> {
  if (lists.evidence) {
    const had = new Set((await tx.roundEvidence.findMany({ where: { roundId }, select: { evidenceId: true } })).map((e) => e.evidenceId));
    await checkQuotes(
      tx,
      lists.evidence.map((e) => e.evidenceId).filter((id) => !had.has(id)),
      ["evidence"],
    );
    await tx.roundEvidence.deleteMany({ where: { roundId } });
    await tx.roundEvidence.createMany({ data: lists.evidence.map((e) => ({ roundId, ...e })), skipDuplicates: true });
  }
  if (lists.dateReports) {
    const existing = new Map((await tx.roundDateReport.findMany({ where: { roundId } })).map((r) => [r.id, r]));
    const fresh = lists.dateReports.flatMap((r) => (r.evidenceId && existing.get(r.id)?.evidenceId !== r.evidenceId ? [r.evidenceId] : []));
    await checkQuotes(tx, fresh, ["dateReports"]);
    await tx.roundDateReport.deleteMany({ where: { roundId, id: { notIn: lists.dateReports.map((r) => r.id) } } });
    for (const { id, ...r } of lists.dateReports) {
      if (existing.has(id)) await tx.roundDateReport.update({ where: { id }, data: dateReportColumns(r) });
      else await tx.roundDateReport.create({ data: { id, roundId, ...dateReportColumns(r) } });
    }
  }
}

export async function roundFactsSnapshot(tx: Tx, roundId: string) {
  const evidence = await tx.roundEvidence.findMany({ where: { roundId }, orderBy: [{ evidenceId: "asc" }, { aspect: "asc" }] });
  const reports = await tx.roundDateReport.findMany({ where: { roundId }, orderBy: { id: "asc" } });
  return {
    evidence: evidence.map((e) => ({ evidenceId: e.evidenceId, aspect: e.aspect })),
    dateReports: reports.map((r) => ({
      id: r.id,
      kind: r.kind,
      start: partialDateText(r.startDate, r.startDatePrecision),
      end: partialDateText(r.endDate, r.endDatePrecision),
      evidenceId: r.evidenceId,
      note: r.note,
    })),
  };
}

export const proposalEvidenceIds = z.array(uuid).max(500).optional();

export async function replaceProposalEvidence(tx: Tx, proposalId: string, evidenceIds: string[] | undefined): Promise<void> {
  if (!evidenceIds) return;
  const had = new Set((await tx.proposalEvidence.findMany({ where: { proposalId }, select: { evidenceId: true } })).map((e) => e.evidenceId));
  await checkQuotes(
    tx,
    evidenceIds.filter((id) => !had.has(id)),
    ["evidenceIds"],
  );
  await tx.proposalEvidence.deleteMany({ where: { proposalId, evidenceId: { notIn: evidenceIds } } });
  await tx.proposalEvidence.createMany({ data: evidenceIds.map((evidenceId) => ({ proposalId, evidenceId })), skipDuplicates: true });
}

export async function proposalEvidenceSnapshot(tx: Tx, proposalId: string): Promise<string[]> {
  return (await tx.proposalEvidence.findMany({ where: { proposalId }, orderBy: { evidenceId: "asc" }, select: { evidenceId: true } })).map((e) => e.evidenceId);
}
