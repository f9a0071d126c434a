// The dates sources gave for a round, each with the quote that gives it: a new version of the round,
// audited on it (record-engine/change-owned.ts).
import { partialDateText } from "@parley/domain";
import type { Db } from "@parley/db";
import { DomainError } from "../errors/domain-error.js";
import { type Actor, transaction } from "../audit/audit.js";
import { changeOwned } from "../record-engine/change-owned.js";
import { refineEndNotBeforeStart, uuid } from "../validation/field-rules.js";
import { inputError, parseInput } from "../validation/parse-input.js";
import { checkQuotes, dateReportColumns, dateReportObject } from "./fact-lists.js";
import { roundOwner } from "./round-record.js";

const dateReportInput = dateReportObject.superRefine(refineEndNotBeforeStart);
/** A new report names its quote: every date a source gave is kept with the passage that gives it. */
const newDateReport = dateReportObject.extend({ evidenceId: uuid }).superRefine(refineEndNotBeforeStart);

export async function createRoundDateReport(db: Db, actor: Actor, roundId: string, version: number, input: unknown): Promise<string> {
  const v = parseInput(newDateReport, input);
  return transaction(db, (tx) =>
    changeOwned(tx, actor, roundOwner, roundId, version, "round", async () => {
      await checkQuotes(tx, [v.evidenceId], ["evidenceId"]);
      const { id } = await tx.roundDateReport.create({ data: { roundId, ...dateReportColumns(v) }, select: { id: true } });
      return id;
    }),
  );
}

/** A report's round: NOT_FOUND when there is no such report. */
async function reportRound(db: Db, reportId: string): Promise<string> {
  const report = await db.roundDateReport.findUnique({ where: { id: reportId }, select: { roundId: true } });
  if (!report) throw new DomainError("NOT_FOUND", `No date report with id ${reportId}.`, { parameter: "id" });
  return report.roundId;
}

/** Changes a date report; omitted fields keep their value. `version` is the round's. */
export async function updateRoundDateReport(db: Db, actor: Actor, reportId: string, version: number, patch: Record<string, unknown>): Promise<string> {
  if (patch.evidenceId === null) throw inputError(["evidenceId"], "a date report keeps its quote; name another one instead.");
  const roundId = await reportRound(db, reportId);
  return transaction(db, (tx) =>
    changeOwned(tx, actor, roundOwner, roundId, version, "id", async () => {
      // Re-read under the round's version: the report may have gone meanwhile.
      const current = await tx.roundDateReport.findUnique({ where: { id: reportId } });
      if (!current || current.roundId !== roundId) throw new DomainError("NOT_FOUND", `No date report with id ${reportId}.`, { parameter: "id" });
      const merged = {
        kind: current.kind,
        start: partialDateText(current.startDate, current.startDatePrecision),
        end: partialDateText(current.endDate, current.endDatePrecision),
        evidenceId: current.evidenceId,
        note: current.note,
        ...patch,
      };
      const v = parseInput(dateReportInput, merged);
      if (v.evidenceId && v.evidenceId !== current.evidenceId) await checkQuotes(tx, [v.evidenceId], ["evidenceId"]);
      await tx.roundDateReport.update({ where: { id: reportId }, data: dateReportColumns(v) });
      return reportId;
    }),
  );
}

export async function deleteRoundDateReport(db: Db, actor: Actor, reportId: string, version: number): Promise<string> {
  const roundId = await reportRound(db, reportId);
  return transaction(db, (tx) =>
    changeOwned(tx, actor, roundOwner, roundId, version, "id", async () => {
      const removed = await tx.roundDateReport.deleteMany({ where: { id: reportId, roundId } });
      if (removed.count === 0) throw new DomainError("NOT_FOUND", `No date report with id ${reportId}.`, { parameter: "id" });
      return roundId;
    }),
  );
}
