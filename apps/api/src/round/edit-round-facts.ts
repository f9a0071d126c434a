// Turning passages into evidence for a round or a proposal, the dates sources gave for a round, and
// corrections to a demand's status history. None of these rows has a version of its own: each change
// claims its owner's version (a stale one gets CONFLICT), refuses a deleted owner, and is audited on the
// owner with its lists before and after (fact-lists.ts), so history and revert see it — one transaction each.
import { partialDateText } from "@parley/domain";
import type { Db } from "@parley/db";
import { DomainError } from "../errors/domain-error.js";
import { type Actor, recordAudit, transaction, type Tx } from "../audit/audit.js";
import { settleDemandStatus, statusChangeInput } from "../demand/demand-record.js";
import { demandState } from "../demand/demand-state.js";
import { proposalRecord } from "../proposal/proposal-record.js";
import { deletedError } from "../record-engine/deleted-error.js";
import { catalogState, type StatefulRecord } from "../record-engine/record-spec.js";
import { roundRecord } from "./round-record.js";
import type { RoundAspect } from "@parley/db";
import { checkQuotes, dateReportColumns, dateReportObject, quotesUsable } from "./fact-lists.js";
import { refineEndNotBeforeStart, uuid } from "../validation/field-rules.js";
import { inputError, parseInput } from "../validation/parse-input.js";
import { claimVersion } from "../versioning/claim-version.js";

type Owner = "Round" | "Proposal" | "Demand";

/** A BAD_USER_INPUT about a top-level argument of the mutation. */
/** A BAD_USER_INPUT about a parameter of its own (`evidence`), not a field of an input. */
const argumentError = (parameter: string, message: string) => new DomainError("BAD_USER_INPUT", message, { parameter, field: [] });

/** The owner as its audit entries hold it: catalog records by their snapshot, a demand with its quotes and history. */
/** Each owner's state (CONFLICT answers with it) and its audited shape: a round's or proposal's snapshot, a demand's row with its lists. */
const OWNERS: Record<Owner, { state: StatefulRecord; audited(tx: Tx, id: string): Promise<object | null> }> = {
  Round: { state: catalogState(roundRecord), audited: (tx, id) => roundRecord.snapshot(tx, id) },
  Proposal: { state: catalogState(proposalRecord), audited: (tx, id) => proposalRecord.snapshot(tx, id) },
  Demand: { state: demandState, audited: (tx, id) => demandState.audited(tx, id, false) },
};

/**
 * One change to something an owner keeps: claims the owner's version, refuses a deleted owner, runs
 * `change`, and audits the owner before and after as an UPDATE.
 */
async function changeOwned<T>(tx: Tx, actor: Actor, owner: Owner, id: string, version: number, argument: string, change: () => Promise<T>): Promise<T> {
  const { state } = OWNERS[owner];
  const audited = (tx: Tx, id: string) => OWNERS[owner].audited(tx, id);
  const newVersion = await claimVersion(tx, owner, id, version, () => state.audited(tx, id, true));
  if ((await state.load(tx, id))?.deletedAt) throw deletedError(owner, argument);
  const before = await audited(tx, id);
  const result = await change();
  await recordAudit(tx, actor, { action: "UPDATE", entityType: owner, entityId: id, version: newVersion, before, after: await audited(tx, id) });
  return result;
}

// ── quotes behind a round's facts and behind a proposal ──

export interface RoundEvidenceLink {
  roundId: string;
  version: number;
  evidenceId: string;
  aspect: RoundAspect;
}

export async function addRoundEvidence(db: Db, actor: Actor, link: RoundEvidenceLink): Promise<void> {
  await transaction(db, (tx) =>
    changeOwned(tx, actor, "Round", link.roundId, link.version, "round", async () => {
      if (!(await quotesUsable(tx, [link.evidenceId]))) throw argumentError("evidence", "no such quote (or it is deleted).");
      const key = { roundId: link.roundId, evidenceId: link.evidenceId, aspect: link.aspect };
      if (await tx.roundEvidence.findUnique({ where: { roundId_evidenceId_aspect: key } }))
        throw argumentError("evidence", `this quote already backs the round's ${link.aspect.toLowerCase()}.`);
      await tx.roundEvidence.create({ data: key });
    }),
  );
}

export async function removeRoundEvidence(db: Db, actor: Actor, link: RoundEvidenceLink): Promise<void> {
  await transaction(db, (tx) =>
    changeOwned(tx, actor, "Round", link.roundId, link.version, "round", async () => {
      const removed = await tx.roundEvidence.deleteMany({ where: { roundId: link.roundId, evidenceId: link.evidenceId, aspect: link.aspect } });
      if (removed.count === 0) throw argumentError("evidence", `this quote does not back the round's ${link.aspect.toLowerCase()}.`);
    }),
  );
}

export async function addProposalEvidence(db: Db, actor: Actor, proposalId: string, version: number, evidenceId: string): Promise<void> {
  await transaction(db, (tx) =>
    changeOwned(tx, actor, "Proposal", proposalId, version, "proposal", async () => {
      if (!(await quotesUsable(tx, [evidenceId]))) throw argumentError("evidence", "no such quote (or it is deleted).");
      if (await tx.proposalEvidence.findUnique({ where: { proposalId_evidenceId: { proposalId, evidenceId } } }))
        throw argumentError("evidence", "this quote already backs the proposal.");
      await tx.proposalEvidence.create({ data: { proposalId, evidenceId } });
    }),
  );
}

export async function removeProposalEvidence(db: Db, actor: Actor, proposalId: string, version: number, evidenceId: string): Promise<void> {
  await transaction(db, (tx) =>
    changeOwned(tx, actor, "Proposal", proposalId, version, "proposal", async () => {
      const removed = await tx.proposalEvidence.deleteMany({ where: { proposalId, evidenceId } });
      if (removed.count === 0) throw argumentError("evidence", "this quote does not back the proposal.");
    }),
  );
}

// ── the dates sources gave for a round ──

const dateReportInput = dateReportObject.superRefine(refineEndNotBeforeStart);
/** A new report names its quote: every date a source gave is kept with the passage that gives it. */
const newDateReport = dateReportObject.extend({ evidenceId: uuid }).superRefine(refineEndNotBeforeStart);

export async function createRoundDateReport(db: Db, actor: Actor, roundId: string, version: number, input: unknown): Promise<string> {
  const v = parseInput(newDateReport, input);
  return transaction(db, (tx) =>
    changeOwned(tx, actor, "Round", roundId, version, "round", async () => {
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
    changeOwned(tx, actor, "Round", roundId, version, "id", async () => {
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
    changeOwned(tx, actor, "Round", roundId, version, "id", async () => {
      const removed = await tx.roundDateReport.deleteMany({ where: { id: reportId, roundId } });
      if (removed.count === 0) throw new DomainError("NOT_FOUND", `No date report with id ${reportId}.`, { parameter: "id" });
      return roundId;
    }),
  );
}

// ── corrections to a demand's status history ──

/** A change's demand: NOT_FOUND when there is no such change. */
async function changeDemand(db: Db, changeId: string): Promise<string> {
  const change = await db.demandStatusChange.findUnique({ where: { id: changeId }, select: { demandId: true } });
  if (!change) throw new DomainError("NOT_FOUND", `No status change with id ${changeId}.`, { parameter: "id" });
  return change.demandId;
}

/** Corrects one entry of a demand's history; the demand's status follows its latest entry. `version` is the demand's. */
export async function updateDemandStatusChange(db: Db, actor: Actor, changeId: string, version: number, patch: Record<string, unknown>): Promise<string> {
  const demandId = await changeDemand(db, changeId);
  return transaction(db, (tx) =>
    changeOwned(tx, actor, "Demand", demandId, version, "id", async () => {
      const current = await tx.demandStatusChange.findUnique({ where: { id: changeId } });
      if (!current || current.demandId !== demandId) throw new DomainError("NOT_FOUND", `No status change with id ${changeId}.`, { parameter: "id" });
      const v = parseInput(statusChangeInput, {
        status: current.demandStatus,
        changed: partialDateText(current.changedOn, current.datePrecision),
        roundId: current.roundId,
        evidenceId: current.evidenceId,
        note: current.note,
        ...patch,
      });
      if (v.roundId && v.roundId !== current.roundId && (await tx.round.count({ where: { id: v.roundId, deletedAt: null } })) === 0)
        throw inputError(["roundId"], "no such round.");
      if (v.evidenceId && v.evidenceId !== current.evidenceId) {
        await checkQuotes(tx, [v.evidenceId], ["evidenceId"]);
        // Like a new status change, its quote is one of the demand's quotes.
        await tx.demandEvidence.createMany({ data: [{ demandId, evidenceId: v.evidenceId }], skipDuplicates: true });
      }
      await tx.demandStatusChange.update({
        where: { id: changeId },
        data: {
          demandStatus: v.status,
          changedOn: v.changed.on,
          datePrecision: v.changed.precision,
          roundId: v.roundId ?? null,
          evidenceId: v.evidenceId ?? null,
          note: v.note ?? null,
        },
      });
      await settleDemandStatus(tx, demandId);
      return demandId;
    }),
  );
}

/** Removes a wrong entry from a demand's history (never its last one); the status follows the latest remaining entry. */
export async function deleteDemandStatusChange(db: Db, actor: Actor, changeId: string, version: number): Promise<string> {
  const demandId = await changeDemand(db, changeId);
  return transaction(db, (tx) =>
    changeOwned(tx, actor, "Demand", demandId, version, "id", async () => {
      const removed = await tx.demandStatusChange.deleteMany({ where: { id: changeId, demandId } });
      if (removed.count === 0) throw new DomainError("NOT_FOUND", `No status change with id ${changeId}.`, { parameter: "id" });
      if ((await tx.demandStatusChange.count({ where: { demandId } })) === 0) {
        throw new DomainError("BAD_USER_INPUT", "This is the demand's only status change; correct it instead of removing it.", { parameter: "id" });
      }
      await settleDemandStatus(tx, demandId);
      return demandId;
    }),
  );
}
