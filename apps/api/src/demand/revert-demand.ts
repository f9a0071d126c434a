// A demand put back as it was at an earlier version, with its quotes and status history where the audit
// entry holds them, through its ordinary update.
import type { Db } from "@parley/db";
import type { Actor } from "../audit/audit.js";
import { auditedSnapshot, snapshotDay, versionToRevertTo, type Snapshot } from "../record-engine/revert-source.js";
import { updateDemand } from "./update-demand.js";

type DemandSnapshot = Snapshot & { evidence?: { evidenceId: string }[]; evidenceIds?: string[] };

/** A demand's quotes as its audit entries name them: `evidenceIds` (creation) or `evidence` rows (edits). */
const quoteIdsOf = (s: DemandSnapshot) => s.evidenceIds ?? s.evidence?.map((e) => e.evidenceId);

interface HistoryRow {
  id: string;
  demandStatus: string;
  changedOn: string | null;
  datePrecision: string;
  roundId: string | null;
  evidenceId: string | null;
  note: string | null;
  createdAt: string;
}
/** A demand's status history, when its audit entry holds one (entries before histories were audited do not). */
const historyOf = (s: DemandSnapshot) =>
  Array.isArray(s.history)
    ? (s.history as HistoryRow[]).map((c) => ({
        id: c.id,
        status: c.demandStatus,
        changed: { on: snapshotDay(c.changedOn), precision: c.datePrecision },
        roundId: c.roundId,
        evidenceId: c.evidenceId,
        note: c.note,
        createdAt: c.createdAt,
      }))
    : undefined;

export async function revertDemand(db: Db, actor: Actor, id: string, version: number, toVersion: number): Promise<string> {
  const s: DemandSnapshot = versionToRevertTo("Demand", toVersion, await auditedSnapshot(db, "Demand", id, toVersion));
  const quotes = quoteIdsOf(s);
  const history = historyOf(s);
  const fields = {
    toPartyId: s.toPartyId,
    topicId: s.topicId,
    roundId: s.roundId,
    summary: s.summary,
    raised: { on: snapshotDay(s.raisedOn), precision: s.datePrecision },
    ...(quotes ? { evidenceIds: quotes } : {}),
    ...(history ? { history } : {}),
  };
  await updateDemand(db, actor, id, version, fields, "REVERT");
  return id;
}
