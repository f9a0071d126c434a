// Every record type `changeState` and `revertRecord` reach by global id, each with what it takes to change
// its state, revert it and read its state back. Typed per entry: no casts, no switch on type names.
import type { Db } from "@parley/db";
import type { StateChange } from "@parley/domain";
import { articleState } from "../article/article-state.js";
import { revertArticle } from "../article/revert-article.js";
import type { Actor } from "../audit/audit.js";
import { delegationRecord } from "../delegation/delegation-record.js";
import { demandState } from "../demand/demand-state.js";
import { revertDemand } from "../demand/revert-demand.js";
import { evidenceState } from "../evidence/evidence-state.js";
import { revertEvidence } from "../evidence/revert-evidence.js";
import { outletRecord } from "../outlet/outlet-record.js";
import { partyRecord } from "../party/party-record.js";
import { personRecord } from "../person/person-record.js";
import { changePositionState } from "../position/change-position-state.js";
import { processRecord } from "../process/process-record.js";
import { proposalRecord } from "../proposal/proposal-record.js";
import { roundRecord } from "../round/round-record.js";
import { topicRecord } from "../topic/topic-record.js";
import { changeRecordState } from "./change-record-state.js";
import { catalogState, type RecordRow, type RecordSpec, type StatefulRecord } from "./record-spec.js";
import { revertRecord } from "./update-record.js";

export interface RegisteredRecord {
  changeState(db: Db, actor: Actor, id: string, version: number, change: StateChange): Promise<unknown>;
  /** Absent where a type reverts through a mutation of its own (positions: revertPosition). */
  revert?(db: Db, actor: Actor, id: string, version: number, toVersion: number): Promise<unknown>;
  row(db: Db, id: string): Promise<RecordRow | null>;
}

const withState = (state: StatefulRecord): Pick<RegisteredRecord, "changeState" | "row"> => ({
  changeState: (db, actor, id, version, change) => changeRecordState(db, actor, state, id, version, change),
  row: (db, id) => state.load(db, id),
});

const catalog = <I extends object>(spec: RecordSpec<I>): RegisteredRecord => ({
  ...withState(catalogState(spec)),
  revert: (db, actor, id, version, toVersion) => revertRecord(db, actor, spec, id, version, toVersion),
});

/** Sources and demands revert through their own update (`revert-<entity>.ts`). */
const source = (state: StatefulRecord, revert: NonNullable<RegisteredRecord["revert"]>): RegisteredRecord => ({ ...withState(state), revert });

/** By GraphQL type name. */
export const RECORDS: ReadonlyMap<string, RegisteredRecord> = new Map<string, RegisteredRecord>([
  ["Outlet", catalog(outletRecord)],
  ["Party", catalog(partyRecord)],
  ["Person", catalog(personRecord)],
  ["Topic", catalog(topicRecord)],
  ["NegotiationProcess", catalog(processRecord)],
  ["Round", catalog(roundRecord)],
  ["Delegation", catalog(delegationRecord)],
  ["Proposal", catalog(proposalRecord)],
  ["Article", source(articleState, revertArticle)],
  ["Evidence", source(evidenceState, revertEvidence)],
  ["Demand", source(demandState, revertDemand)],
  [
    "Position",
    {
      changeState: changePositionState,
      row: (db, id) => db.position.findUnique({ where: { id }, select: { id: true, version: true, status: true, deletedAt: true } }),
    },
  ],
]);
