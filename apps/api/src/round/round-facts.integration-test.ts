// Sources kept as part of a record, over HTTP: quotes behind a round's facts and behind a proposal, a
// round's date reports, corrections to a demand's status history. Each change is a new version of its
// owner (stale → CONFLICT), audited on it, visible in the reads, and undone by reverting the owner.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../testing/harness.js";
import { signedInAs } from "../testing/users.js";

let api: TestApi;
let editor: Record<string, string>;
let analyst: Record<string, string>;
const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64");

/** Quotes of the seed, by global id; the last one is soft-deleted for these tests. */
let quotes: string[];
let deletedQuote: string;

beforeAll(async () => {
  api = await startTestApi();
  const cookies = await signedInAs(api, ["EDITOR", "ANALYST"]);
  editor = { cookie: cookies.EDITOR };
  analyst = { cookie: cookies.ANALYST };
  const db = api.database.db;
  const rows = await db.evidence.findMany({
    where: { deletedAt: null, positions: { none: {} }, demands: { none: {} } },
    orderBy: { id: "asc" },
    take: 4,
    select: { id: true },
  });
  expect(rows).toHaveLength(4);
  await db.evidence.update({ where: { id: rows[3]!.id }, data: { deletedAt: new Date() } });
  quotes = rows.slice(0, 3).map((r) => gid("Evidence", r.id));
  deletedQuote = gid("Evidence", rows[3]!.id);
}, 120_000);
afterAll(async () => {
  await api?.stop();
});

async function auditOf(entityType: string, entityId: string) {
  return api.database.db.auditEntry.findMany({ where: { entityType, entityId }, orderBy: { id: "asc" } });
}
const rawId = (globalId: string) => Buffer.from(globalId, "base64").toString().split(":")[1]!;

interface RoundRead {
  id: string;
  version: number;
  evidence: { aspect: string; evidence: { id: string } }[];
  dateReports: {
    id: string;
    kind: string;
    start: { on: string | null; precision: string };
    end: { on: string | null; precision: string };
    note: string | null;
    evidence: { id: string } | null;
  }[];
}
const ROUND = `id version evidence { aspect evidence { id } } dateReports { id kind start { on precision } end { on precision } note evidence { id } }`;
async function readRound(slug: string): Promise<RoundRead> {
  const { data, errors } = await api.gql<{ round: RoundRead }>(`query($s: String!) { round(slug: $s) { ${ROUND} } }`, { s: slug }, editor);
  expect(errors).toBeUndefined();
  return data!.round;
}

describe("quotes behind a round's facts", () => {
  const ADD = `mutation($r: ID!, $v: Int!, $e: ID!, $a: RoundAspect!) { addRoundEvidence(round: $r, version: $v, evidence: $e, aspect: $a) { ${ROUND} } }`;
  const REMOVE = `mutation($r: ID!, $v: Int!, $e: ID!, $a: RoundAspect!) { removeRoundEvidence(round: $r, version: $v, evidence: $e, aspect: $a) { ${ROUND} } }`;

  it("adds and removes a quote as a new version of the round, audited on it, and a revert brings it back", async () => {
    const round = await readRound("abu-dhabi-2");
    const added = await api.gql<{ addRoundEvidence: RoundRead }>(ADD, { r: round.id, v: round.version, e: quotes[0], a: "VENUE" }, editor);
    expect(added.errors).toBeUndefined();
    expect(added.data!.addRoundEvidence.version).toBe(round.version + 1);
    expect(added.data!.addRoundEvidence.evidence).toContainEqual({ aspect: "VENUE", evidence: { id: quotes[0] } });
    // The same quote may back another fact of the round.
    const other = await api.gql<{ addRoundEvidence: RoundRead }>(ADD, { r: round.id, v: round.version + 1, e: quotes[0], a: "OUTCOME" }, editor);
    expect(other.errors).toBeUndefined();
    expect(
      (await readRound("abu-dhabi-2")).evidence
        .filter((e) => e.evidence.id === quotes[0])
        .map((e) => e.aspect)
        .sort(),
    ).toEqual(["OUTCOME", "VENUE"]);

    const [entry] = (await auditOf("Round", rawId(round.id))).slice(-2);
    expect(entry).toMatchObject({ action: "UPDATE", version: round.version + 1 });
    expect((entry!.before as { evidence: unknown[] }).evidence).not.toContainEqual({ evidenceId: rawId(quotes[0]!), aspect: "VENUE" });
    expect((entry!.after as { evidence: unknown[] }).evidence).toContainEqual({ evidenceId: rawId(quotes[0]!), aspect: "VENUE" });

    const removed = await api.gql<{ removeRoundEvidence: RoundRead }>(REMOVE, { r: round.id, v: round.version + 2, e: quotes[0], a: "VENUE" }, editor);
    expect(removed.errors).toBeUndefined();
    expect(removed.data!.removeRoundEvidence.evidence).not.toContainEqual({ aspect: "VENUE", evidence: { id: quotes[0] } });
    expect(removed.data!.removeRoundEvidence.evidence).toContainEqual({ aspect: "OUTCOME", evidence: { id: quotes[0] } });

    const reverted = await api.gql(
      `mutation($id: ID!, $v: Int!, $to: Int!) { revertRecord(id: $id, version: $v, toVersion: $to) { version } }`,
      { id: round.id, v: round.version + 3, to: round.version + 1 },
      editor,
    );
    expect(reverted.errors).toBeUndefined();
    const back = await readRound("abu-dhabi-2");
    expect(back.evidence).toContainEqual({ aspect: "VENUE", evidence: { id: quotes[0] } });
    expect(back.evidence).not.toContainEqual({ aspect: "OUTCOME", evidence: { id: quotes[0] } });
    expect((await auditOf("Round", rawId(round.id))).at(-1)).toMatchObject({ action: "REVERT", version: round.version + 4 });
  });

  it("refuses a stale version with CONFLICT, a quote already linked, a link that is not there, a deleted quote and an analyst, changing nothing", async () => {
    const round = await readRound("abu-dhabi-1");
    const audit = await api.database.db.auditEntry.count();
    const stale = await api.gql(ADD, { r: round.id, v: round.version - 1, e: quotes[1], a: "DATE" }, editor);
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT" });
    expect((stale.errors?.[0]?.extensions?.current as { version: number }).version).toBe(round.version);
    const deleted = await api.gql(ADD, { r: round.id, v: round.version, e: deletedQuote, a: "DATE" }, editor);
    expect(deleted.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: ["evidence"] });
    const missing = await api.gql(REMOVE, { r: round.id, v: round.version, e: quotes[1], a: "DATE" }, editor);
    expect(missing.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: ["evidence"] });
    expect((await api.gql(ADD, { r: round.id, v: round.version, e: quotes[1], a: "DATE" }, analyst)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await readRound("abu-dhabi-1")).version).toBe(round.version);
    expect(await api.database.db.auditEntry.count()).toBe(audit);

    expect((await api.gql(ADD, { r: round.id, v: round.version, e: quotes[1], a: "DATE" }, editor)).errors).toBeUndefined();
    const twice = await api.gql(ADD, { r: round.id, v: round.version + 1, e: quotes[1], a: "DATE" }, editor);
    expect(twice.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: ["evidence"] });
  });
});

describe("a round's date reports", () => {
  const CREATE = `mutation($r: ID!, $v: Int!, $input: RoundDateReportInput!) { createRoundDateReport(round: $r, version: $v, input: $input) { id kind start { on precision } end { on precision } evidence { id } round { version } } }`;
  const UPDATE = `mutation($id: ID!, $v: Int!, $input: RoundDateReportInput!) { updateRoundDateReport(id: $id, version: $v, input: $input) { id kind start { on precision } end { on precision } note round { version } } }`;
  const DELETE = `mutation($id: ID!, $v: Int!) { deleteRoundDateReport(id: $id, version: $v) { ${ROUND} } }`;

  it("validates a new report: its quote, partial dates, and an end not before its start", async () => {
    const round = await readRound("miami-2026-01");
    const cases: [Record<string, unknown>, string[]][] = [
      [{ kind: "PLANNED", start: { on: "2026-02-04", precision: "DAY" }, end: { on: "2026-02-01", precision: "DAY" }, evidence: quotes[1] }, ["input", "end"]],
      [{ kind: "PLANNED", start: { on: "2026-02-30", precision: "DAY" }, evidence: quotes[1] }, ["input", "start", "on"]],
      [{ kind: "PLANNED", start: { on: "2026-02-04", precision: "DAY" } }, ["input", "evidence"]],
      [{ start: { on: "2026-02-04", precision: "DAY" }, evidence: quotes[1] }, ["input", "kind"]],
      [{ kind: "HELD", start: { on: "2026-02-04", precision: "DAY" }, evidence: deletedQuote }, ["input", "evidence"]],
      [{ kind: "HELD", start: { on: "2026-02-04", precision: "DAY" }, evidence: quotes[1], note: "x".repeat(4_001) }, ["input", "note"]],
    ];
    for (const [input, field] of cases) {
      const answer = await api.gql(CREATE, { r: round.id, v: round.version, input }, editor);
      expect(answer.errors?.[0]?.extensions, JSON.stringify(input)).toMatchObject({ code: "BAD_USER_INPUT", field });
    }
    expect((await readRound("miami-2026-01")).version).toBe(round.version);
  });

  it("creates, corrects and deletes a report, each a new version of the round, audited; a revert restores it with its id", async () => {
    const round = await readRound("miami-2026-01");
    // A month-precise end within the start's month is not before it.
    const created = await api.gql<{
      createRoundDateReport: { id: string; kind: string; end: { on: string; precision: string }; evidence: { id: string }; round: { version: number } };
    }>(
      CREATE,
      {
        r: round.id,
        v: round.version,
        input: { kind: "PLANNED", start: { on: "2026-02-04", precision: "DAY" }, end: { on: "2026-02-01", precision: "MONTH" }, evidence: quotes[2] },
      },
      editor,
    );
    expect(created.errors).toBeUndefined();
    const report = created.data!.createRoundDateReport;
    expect(report).toMatchObject({
      kind: "PLANNED",
      end: { on: "2026-02-01", precision: "MONTH" },
      evidence: { id: quotes[2] },
      round: { version: round.version + 1 },
    });
    expect((await readRound("miami-2026-01")).dateReports.map((r) => r.id)).toContain(report.id);

    const stale = await api.gql(UPDATE, { id: report.id, v: round.version, input: { kind: "HELD" } }, editor);
    expect(stale.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    // The merged report is checked: a new start after the stored end is refused.
    const after = await api.gql(UPDATE, { id: report.id, v: round.version + 1, input: { start: { on: "2026-03-02", precision: "DAY" } } }, editor);
    expect(after.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: ["input", "end"] });
    const cleared = await api.gql(UPDATE, { id: report.id, v: round.version + 1, input: { evidence: null } }, editor);
    expect(cleared.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: ["input", "evidence"] });

    const updated = await api.gql<{
      updateRoundDateReport: { kind: string; start: { on: string }; end: { on: string | null; precision: string }; note: string; round: { version: number } };
    }>(
      UPDATE,
      {
        id: report.id,
        v: round.version + 1,
        input: { kind: "HELD", start: { on: "2026-02-05", precision: "DAY" }, end: { on: null, precision: "UNKNOWN" }, note: "held a day later" },
      },
      editor,
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateRoundDateReport).toMatchObject({
      kind: "HELD",
      start: { on: "2026-02-05" },
      end: { on: null, precision: "UNKNOWN" },
      note: "held a day later",
      round: { version: round.version + 2 },
    });
    const audit = await auditOf("Round", rawId(round.id));
    const entry = audit.at(-1)!;
    expect(entry).toMatchObject({ action: "UPDATE", version: round.version + 2 });
    expect((entry.before as { dateReports: unknown[] }).dateReports).toContainEqual(expect.objectContaining({ id: rawId(report.id), kind: "PLANNED" }));
    expect((entry.after as { dateReports: unknown[] }).dateReports).toContainEqual(
      expect.objectContaining({ id: rawId(report.id), kind: "HELD", note: "held a day later" }),
    );

    const wrongType = await api.gql(DELETE, { id: round.id, v: round.version + 2 }, editor);
    expect(wrongType.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "id" });
    const deleted = await api.gql<{ deleteRoundDateReport: RoundRead }>(DELETE, { id: report.id, v: round.version + 2 }, editor);
    expect(deleted.errors).toBeUndefined();
    expect(deleted.data!.deleteRoundDateReport.version).toBe(round.version + 3);
    expect(deleted.data!.deleteRoundDateReport.dateReports.map((r) => r.id)).not.toContain(report.id);
    expect((await api.gql(DELETE, { id: report.id, v: round.version + 3 }, editor)).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");

    const reverted = await api.gql(
      `mutation($id: ID!, $v: Int!, $to: Int!) { revertRecord(id: $id, version: $v, toVersion: $to) { version } }`,
      { id: round.id, v: round.version + 3, to: round.version + 2 },
      editor,
    );
    expect(reverted.errors).toBeUndefined();
    expect((await readRound("miami-2026-01")).dateReports).toContainEqual({
      id: report.id,
      kind: "HELD",
      start: { on: "2026-02-05", precision: "DAY" },
      end: { on: null, precision: "UNKNOWN" },
      note: "held a day later",
      evidence: { id: quotes[2] },
    });
  });
});

describe("quotes behind a proposal", () => {
  it("adds and removes a quote as a new version of the proposal, audited on it", async () => {
    // The Proposal type does not expose its version (yet): read it from the database.
    const seeded = await api.database.db.proposal.findUniqueOrThrow({ where: { slug: "tiered-ceasefire-monitoring" }, select: { id: true, version: true } });
    const p = { id: gid("Proposal", seeded.id), version: seeded.version };
    const versionNow = async () => (await api.database.db.proposal.findUniqueOrThrow({ where: { id: seeded.id }, select: { version: true } })).version;
    const ADD = `mutation($p: ID!, $v: Int!, $e: ID!) { addProposalEvidence(proposal: $p, version: $v, evidence: $e) { id evidence { id } } }`;
    const REMOVE = `mutation($p: ID!, $v: Int!, $e: ID!) { removeProposalEvidence(proposal: $p, version: $v, evidence: $e) { id evidence { id } } }`;
    const added = await api.gql<{ addProposalEvidence: { id: string; evidence: { id: string }[] } }>(ADD, { p: p.id, v: p.version, e: quotes[1] }, editor);
    expect(added.errors).toBeUndefined();
    expect(added.data!.addProposalEvidence.evidence).toContainEqual({ id: quotes[1] });
    expect(await versionNow()).toBe(p.version + 1);
    expect((await api.gql(ADD, { p: p.id, v: p.version, e: quotes[2] }, editor)).errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect((await api.gql(ADD, { p: p.id, v: p.version + 1, e: quotes[1] }, editor)).errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: ["evidence"],
    });
    expect((await api.gql(ADD, { p: p.id, v: p.version + 1, e: deletedQuote }, editor)).errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: ["evidence"],
    });
    const entry = (await auditOf("Proposal", rawId(p.id))).at(-1)!;
    expect(entry).toMatchObject({ action: "UPDATE", version: p.version + 1 });
    expect((entry.after as { evidenceIds: string[] }).evidenceIds).toContain(rawId(quotes[1]!));
    expect((entry.before as { evidenceIds: string[] }).evidenceIds).not.toContain(rawId(quotes[1]!));

    const removed = await api.gql<{ removeProposalEvidence: { id: string; evidence: { id: string }[] } }>(
      REMOVE,
      { p: p.id, v: p.version + 1, e: quotes[1] },
      editor,
    );
    expect(removed.errors).toBeUndefined();
    expect(await versionNow()).toBe(p.version + 2);
    expect(removed.data!.removeProposalEvidence.evidence).not.toContainEqual({ id: quotes[1] });
    expect((await api.gql(REMOVE, { p: p.id, v: p.version + 2, e: quotes[1] }, editor)).errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: ["evidence"],
    });
  });
});

describe("corrections to a demand's status history", () => {
  interface DemandRead {
    id: string;
    version: number;
    demandStatus: string;
    history: { id: string; demandStatus: string; changed: { on: string | null }; note: string | null }[];
  }
  const DEMAND = `... on Demand { id version demandStatus history { id demandStatus changed { on } note } }`;
  const read = async (id: string) => (await api.gql<{ node: DemandRead }>(`query($id: ID!) { node(id: $id) { ${DEMAND} } }`, { id }, editor)).data!.node;
  const UPDATE = `mutation($id: ID!, $v: Int!, $input: DemandStatusChangePatchInput!) { updateDemandStatusChange(id: $id, version: $v, input: $input) { ${DEMAND} } }`;
  const DELETE = `mutation($id: ID!, $v: Int!) { deleteDemandStatusChange(id: $id, version: $v) { ${DEMAND} } }`;

  it("corrects and removes entries; the status follows the latest remaining one; audited on the demand and undone by a revert", async () => {
    const db = api.database.db;
    const [ukraine, russia, topic] = await Promise.all([
      db.party.findUniqueOrThrow({ where: { slug: "ukraine" } }),
      db.party.findUniqueOrThrow({ where: { slug: "russia" } }),
      db.topic.findFirstOrThrow({ where: { deletedAt: null }, orderBy: { slug: "asc" } }),
    ]);
    const created = await api.gql<{ createDemand: { id: string } }>(
      `mutation($input: DemandInput!) { createDemand(input: $input) { id } }`,
      {
        input: {
          slug: "round-facts-demand",
          from: gid("Party", russia.id),
          to: gid("Party", ukraine.id),
          topic: gid("Topic", topic.id),
          summary: "A demand to correct.",
          raised: { on: "2026-01-10", precision: "DAY" },
          evidence: [quotes[0]],
        },
      },
      editor,
    );
    expect(created.errors).toBeUndefined();
    const id = created.data!.createDemand.id;
    const changed = await api.gql(
      `mutation($id: ID!) { changeDemandStatus(id: $id, version: 1, input: { status: REJECTED, changed: { on: "2026-02-01", precision: DAY }, note: "misread" }) { id } }`,
      { id },
      editor,
    );
    expect(changed.errors).toBeUndefined();
    let demand = await read(id);
    expect(demand).toMatchObject({ version: 2, demandStatus: "REJECTED" });
    const wrong = demand.history.find((c) => c.demandStatus === "REJECTED")!;
    const opened = demand.history.find((c) => c.demandStatus === "OPEN")!;

    // Validation and concurrency first: nothing changes.
    const audit = await db.auditEntry.count();
    expect((await api.gql(UPDATE, { id: wrong.id, v: 1, input: { status: "MET" } }, editor)).errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect(
      (await api.gql(UPDATE, { id: wrong.id, v: 2, input: { changed: { on: "2026-13-01", precision: "DAY" } } }, editor)).errors?.[0]?.extensions,
    ).toMatchObject({
      code: "BAD_USER_INPUT",
      field: ["input", "changed", "on"],
    });
    expect(
      (await api.gql(UPDATE, { id: wrong.id, v: 2, input: { round: gid("Round", "01900000-0000-7000-8000-000000000000") } }, editor)).errors?.[0]?.extensions,
    ).toMatchObject({
      code: "BAD_USER_INPUT",
      field: ["input", "round"],
    });
    expect((await api.gql(UPDATE, { id: wrong.id, v: 2, input: { evidence: deletedQuote } }, editor)).errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: ["input", "evidence"],
    });
    expect((await api.gql(UPDATE, { id, v: 2, input: { status: "MET" } }, editor)).errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      argument: "id",
    });
    expect((await api.gql(UPDATE, { id: wrong.id, v: 2, input: { status: "MET" } }, analyst)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(await db.auditEntry.count()).toBe(audit);

    const corrected = await api.gql<{ updateDemandStatusChange: DemandRead }>(
      UPDATE,
      { id: wrong.id, v: 2, input: { status: "PARTLY_MET", note: null, evidence: quotes[1] } },
      editor,
    );
    expect(corrected.errors).toBeUndefined();
    expect(corrected.data!.updateDemandStatusChange).toMatchObject({ version: 3, demandStatus: "PARTLY_MET" });
    expect(corrected.data!.updateDemandStatusChange.history.find((c) => c.id === wrong.id)).toMatchObject({ demandStatus: "PARTLY_MET", note: null });
    // Dated before the OPEN entry, the corrected change is no longer the latest: the status follows the dates.
    const moved = await api.gql<{ updateDemandStatusChange: DemandRead }>(
      UPDATE,
      { id: wrong.id, v: 3, input: { changed: { on: "2026-01-01", precision: "DAY" } } },
      editor,
    );
    expect(moved.data!.updateDemandStatusChange).toMatchObject({ version: 4, demandStatus: "OPEN" });
    const moveEntry = (await auditOf("Demand", rawId(id))).at(-1)!;
    expect(moveEntry).toMatchObject({ action: "UPDATE", version: 4 });
    expect((moveEntry.before as { demandStatus: string }).demandStatus).toBe("PARTLY_MET");
    expect((moveEntry.after as { history: { id: string; changedOn: string }[] }).history.find((c) => c.id === rawId(wrong.id))!.changedOn).toMatch(
      /^2026-01-01/,
    );

    const removed = await api.gql<{ deleteDemandStatusChange: DemandRead }>(DELETE, { id: opened.id, v: 4 }, editor);
    expect(removed.errors).toBeUndefined();
    demand = removed.data!.deleteDemandStatusChange;
    expect(demand).toMatchObject({ version: 5, demandStatus: "PARTLY_MET" });
    expect(demand.history.map((c) => c.id)).toEqual([wrong.id]);
    const last = await api.gql(DELETE, { id: wrong.id, v: 5 }, editor);
    expect(last.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "id" });
    expect((await read(id)).history).toHaveLength(1);

    // Reverting the demand to version 3 puts the history (ids kept) and the status back as they were.
    const reverted = await api.gql(`mutation($id: ID!) { revertRecord(id: $id, version: 5, toVersion: 3) { version } }`, { id }, editor);
    expect(reverted.errors).toBeUndefined();
    demand = await read(id);
    expect(demand).toMatchObject({ version: 6, demandStatus: "PARTLY_MET" });
    expect(demand.history.map((c) => [c.id, c.demandStatus, c.changed.on])).toEqual([
      [opened.id, "OPEN", "2026-01-10"],
      [wrong.id, "PARTLY_MET", "2026-02-01"],
    ]);
  });
});
