// History, revert and merge: every record a change touches keeps an honest history that reverts and
// positionAsOf can read back. All over HTTP against the seeded test database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type GraphQLResponse, type TestApi } from "../testing/harness.js";
import { signedInAs } from "../testing/users.js";

let api: TestApi;
let editor: Record<string, string>;
let ids: { russia: string; ukraine: string; donbas: string; round: string };

beforeAll(async () => {
  api = await startTestApi();
  editor = { cookie: (await signedInAs(api, ["EDITOR"])).EDITOR };
  const { data } = await api.gql<{ russia: { id: string }; ukraine: { id: string }; donbas: { id: string }; round: { id: string } }>(
    `{ russia: party(slug: "russia") { id } ukraine: party(slug: "ukraine") { id } donbas: topic(slug: "donbas") { id } round: round(slug: "geneva-2025-11-23") { id } }`,
  );
  ids = { russia: data!.russia.id, ukraine: data!.ukraine.id, donbas: data!.donbas.id, round: data!.round.id };
});
afterAll(async () => {
  await api?.stop();
});

/** Runs a query as the editor and fails the test on any GraphQL error. */
async function ok<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const response: GraphQLResponse<T> = await api.gql<T>(query, variables, editor);
  expect(response.errors, query).toBeUndefined();
  return response.data!;
}

const dbId = (gid: string) => Buffer.from(gid, "base64").toString().split(":").slice(1).join(":");
const gidOf = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64");
let serial = 0;
const unique = (prefix: string) => `${prefix}-${++serial}-${Math.random().toString(36).slice(2, 7)}`;

/** A fresh article with quotes marked on it, so tests do not share evidence. */
async function articleWithQuotes(body: string, quotes: string[]): Promise<{ article: string; evidence: string[] }> {
  const { createArticle } = await ok<{ createArticle: { id: string } }>(`mutation($input: ArticleInput!) { createArticle(input: $input) { id } }`, {
    input: { slug: unique("history-article"), title: "History test", language: "en", published: { on: "2026-01-10", precision: "DAY" }, body },
  });
  const evidence: string[] = [];
  for (const text of quotes) {
    const { createEvidence } = await ok<{ createEvidence: { id: string } }>(`mutation($input: EvidenceInput!) { createEvidence(input: $input) { id } }`, {
      input: { article: createArticle.id, text, attribution: "ON_RECORD", translation: `${text} (t1)` },
    });
    evidence.push(createEvidence.id);
  }
  return { article: createArticle.id, evidence };
}

const CREATE_POSITION = `mutation($input: PositionInput!) { createPosition(input: $input) { id version movement } }`;
const POSITION_AS_OF = `query($id: ID!, $at: DateTime!) { positionAsOf(id: $id, at: $at) { version movement evidence { id translation attribution startOffset quote } } }`;
const pause = () => new Promise((r) => setTimeout(r, 25));

describe("proposal versions", () => {
  it("are updated in place by number, so positions keep their link, and one that positions cite cannot be removed", async () => {
    const db = api.database.db;
    const VERSIONS = `mutation($id: ID!, $v: Int!, $versions: [ProposalVersionInput!]!) { updateProposal(id: $id, version: $v, input: { versions: $versions }) { versions { number label points { number text } } } }`;
    const { createProposal } = await ok<{ createProposal: { id: string } }>(
      `mutation($slug: String!) { createProposal(input: { slug: $slug, title: "Versioned plan", versions: [
         { number: 1, label: "28 points", points: [{ number: 1, text: "Ceasefire" }, { number: 2, text: "Elections" }] },
         { number: 2, label: "19 points", points: [{ number: 1, text: "Ceasefire along the line" }] } ] }) { id } }`,
      { slug: unique("plan") },
    );
    const proposalId = dbId(createProposal.id);
    const stored = async () =>
      db.proposalVersion.findMany({ where: { proposalId }, orderBy: { number: "asc" }, include: { points: { orderBy: { number: "asc" } } } });
    const [v1, v2] = await stored();
    const { evidence } = await articleWithQuotes("The plan was discussed at length.", ["The plan was discussed"]);
    const { createPosition } = await ok<{ createPosition: { id: string } }>(CREATE_POSITION, {
      input: {
        party: ids.ukraine,
        topic: ids.donbas,
        stance: "OPPOSES",
        summary: "Responds to the 19 points",
        stated: { on: "2026-01-10", precision: "DAY" },
        evidence,
      },
    });
    const positionId = dbId(createPosition.id);
    await db.position.update({ where: { id: positionId }, data: { proposalVersionId: v2!.id } });

    await ok(VERSIONS, {
      id: createProposal.id,
      v: 1,
      versions: [
        {
          number: 1,
          label: "28-point plan",
          points: [
            { number: 1, text: "Ceasefire" },
            { number: 2, text: "Elections within 100 days" },
          ],
        },
        { number: 2, label: "19 points", points: [{ number: 1, text: "Ceasefire along the line" }] },
        { number: 3, label: "20 points" },
      ],
    });
    const after = await stored();
    expect(after.map((v) => v.number)).toEqual([1, 2, 3]);
    expect(after[0]!.id).toBe(v1!.id);
    expect(after[0]!.label).toBe("28-point plan");
    expect(after[0]!.points.map((p) => p.id)).toEqual(v1!.points.map((p) => p.id));
    expect(after[0]!.points[1]!.text).toBe("Elections within 100 days");
    expect(after[1]!.id).toBe(v2!.id);
    expect((await db.position.findUniqueOrThrow({ where: { id: positionId } })).proposalVersionId).toBe(v2!.id);

    const refused = await api.gql(
      VERSIONS,
      {
        id: createProposal.id,
        v: 2,
        versions: [
          { number: 1, label: "28-point plan" },
          { number: 3, label: "20 points" },
        ],
      },
      editor,
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: ["input", "versions"] });
    expect(refused.errors?.[0]?.message).toContain("version 2");
    expect((await stored()).map((v) => v.number)).toEqual([1, 2, 3]);
    expect((await db.proposal.findUniqueOrThrow({ where: { id: proposalId } })).version).toBe(2);

    const removed = await ok<{ updateProposal: { versions: { number: number }[] } }>(VERSIONS, {
      id: createProposal.id,
      v: 2,
      versions: [
        { number: 1, label: "28-point plan" },
        { number: 2, label: "19 points" },
      ],
    });
    expect(removed.updateProposal.versions.map((v) => v.number)).toEqual([1, 2]);
    expect((await stored())[0]!.points).toHaveLength(2);
  });
});

describe("reverting", () => {
  it("brings a person back to the version a merge wrote", async () => {
    const PERSON = `mutation($slug: String!, $name: String!, $aliases: [String!]) { createPerson(input: { slug: $slug, name: $name, aliases: $aliases }) { id version } }`;
    const keep = (
      await ok<{ createPerson: { id: string; version: number } }>(PERSON, { slug: unique("keep"), name: "Kirill Dmitriev", aliases: ["Kirill Dmitrijev"] })
    ).createPerson;
    const dup = (await ok<{ createPerson: { id: string; version: number } }>(PERSON, { slug: unique("dup"), name: "K. Dmitriev" })).createPerson;
    await ok(`mutation($k: ID!, $m: ID!) { mergePeople(keep: $k, keepVersion: 1, merge: $m, mergeVersion: 1) { id } }`, { k: keep.id, m: dup.id });
    await ok(`mutation($id: ID!) { updatePerson(id: $id, version: 2, input: { name: "Kirill A. Dmitriev", aliases: [] }) { version } }`, { id: keep.id });
    const reverted = await ok<{ revertRecord: { version: number } }>(`mutation($id: ID!) { revertRecord(id: $id, version: 3, toVersion: 2) { version } }`, {
      id: keep.id,
    });
    expect(reverted.revertRecord.version).toBe(4);
    const { node } = await ok<{ node: { name: string; aliases: { name: string }[] } }>(
      `query($id: ID!) { node(id: $id) { ... on Person { name aliases { name } } } }`,
      { id: keep.id },
    );
    expect(node.name).toBe("Kirill Dmitriev");
    expect(node.aliases.map((a) => a.name).sort()).toEqual(["K. Dmitriev", "Kirill Dmitriev", "Kirill Dmitrijev"]);
  });

  it("puts back the quotes a demand was created with", async () => {
    const { evidence } = await articleWithQuotes("Moscow demands the Donbas. Kyiv refuses again.", ["Moscow demands the Donbas", "Kyiv refuses again"]);
    const { createDemand } = await ok<{ createDemand: { id: string } }>(
      `mutation($slug: String!, $p: ID!, $t: ID!, $e: ID!) { createDemand(input: { slug: $slug, from: $p, topic: $t, summary: "Withdraw", raised: { on: "2026-01-10", precision: DAY }, evidence: [$e] }) { id } }`,
      { slug: unique("demand"), p: ids.russia, t: ids.donbas, e: evidence[0] },
    );
    await ok(`mutation($id: ID!, $e: ID!) { updateDemand(id: $id, version: 1, input: { evidence: [$e] }) { id } }`, { id: createDemand.id, e: evidence[1] });
    await ok(`mutation($id: ID!) { revertRecord(id: $id, version: 2, toVersion: 1) { version } }`, { id: createDemand.id });
    const linked = await api.database.db.demandEvidence.findMany({ where: { demandId: dbId(createDemand.id) }, select: { evidenceId: true } });
    expect(linked.map((l) => l.evidenceId)).toEqual([dbId(evidence[0]!)]);
  });

  it("returns a quote to the version a body change re-anchored it to, and the re-anchoring is audited in full", async () => {
    const body = "Witkoff met Putin. The talks were constructive.";
    const { article, evidence } = await articleWithQuotes(body, ["The talks were constructive"]);
    const quote = evidence[0]!;
    await ok(`mutation($id: ID!, $body: String!) { updateArticle(id: $id, version: 1, input: { body: $body }) { version } }`, {
      id: article,
      body: `Update. ${body}`,
    });
    const log = await ok<{ auditLog: { edges: { node: { version: number; after: string } }[] } }>(
      `query($id: String!) { auditLog(entityId: $id, first: 1) { edges { node { version after } } } }`,
      { id: quote },
    );
    const reanchored = JSON.parse(log.auditLog.edges[0]!.node.after) as Record<string, unknown>;
    expect(log.auditLog.edges[0]!.node.version).toBe(2);
    expect(reanchored).toMatchObject({ startOffset: 27, translation: "The talks were constructive (t1)", attribution: "ON_RECORD" });

    await ok(`mutation($id: ID!) { updateEvidence(id: $id, version: 2, input: { translation: "changed", attribution: OUTLET_ASSESSMENT }) { id } }`, {
      id: quote,
    });
    await ok(`mutation($id: ID!) { revertRecord(id: $id, version: 3, toVersion: 2) { version } }`, { id: quote });
    const { node } = await ok<{ node: { translation: string; attribution: string; startOffset: number } }>(
      `query($id: ID!) { node(id: $id) { ... on Evidence { translation attribution startOffset } } }`,
      { id: quote },
    );
    expect(node).toEqual({ translation: "The talks were constructive (t1)", attribution: "ON_RECORD", startOffset: 27 });
  });

  it("restores a catalog record's lists from a version written by a state change, and CONFLICT carries the lists", async () => {
    const { createParty } = await ok<{ createParty: { id: string } }>(
      `mutation($slug: String!) { createParty(input: { slug: $slug, name: "Moldova", kind: STATE, aliases: ["Moldavië"] }) { id } }`,
      { slug: unique("moldova") },
    );
    const id = createParty.id;
    await ok(`mutation($id: ID!) { changeState(id: $id, version: 1, change: PUBLISH) { version } }`, { id });
    await ok(`mutation($id: ID!) { updateParty(id: $id, version: 2, input: { aliases: ["Republic of Moldova"] }) { version } }`, { id });
    await ok(`mutation($id: ID!) { revertRecord(id: $id, version: 3, toVersion: 2) { version } }`, { id });
    const aliases = await api.database.db.partyAlias.findMany({ where: { partyId: dbId(id) }, select: { name: true } });
    expect(aliases.map((a) => a.name).sort()).toEqual(["Moldavië", "Moldova"]);

    const stale = await api.gql(`mutation($id: ID!) { changeState(id: $id, version: 1, change: UNPUBLISH) { version } }`, { id }, editor);
    expect(stale.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect(stale.errors?.[0]?.extensions?.current).toMatchObject({ version: 4, status: "PUBLISHED", aliases: ["Moldavië", "Moldova"] });
  });
});

describe("merging people", () => {
  it("keeps the stronger delegation seat with its quote, and versions and audits every record it moves", async () => {
    const db = api.database.db;
    const { evidence } = await articleWithQuotes("Lavrov led the delegation. Ushakov also attended. Lavrov spoke first.", [
      "Lavrov led the delegation",
      "Ushakov also attended",
      "Lavrov spoke first",
    ]);
    const PERSON = `mutation($slug: String!, $name: String!) { createPerson(input: { slug: $slug, name: $name }) { id } }`;
    const keep = (await ok<{ createPerson: { id: string } }>(PERSON, { slug: unique("lavrov"), name: "Sergei Lavrov" })).createPerson.id;
    const dup = (await ok<{ createPerson: { id: string } }>(PERSON, { slug: unique("lavrov-dup"), name: "S. Lavrov" })).createPerson.id;
    await ok(
      `mutation($id: ID!, $p: ID!, $e: ID!) { updatePerson(id: $id, version: 1, input: { roles: [{ title: "Foreign Minister", party: $p, evidence: $e }] }) { id } }`,
      { id: dup, p: ids.russia, e: evidence[0] },
    );
    const { createParty } = await ok<{ createParty: { id: string } }>(
      `mutation($slug: String!) { createParty(input: { slug: $slug, name: "Merge test party", kind: OTHER }) { id } }`,
      { slug: unique("party") },
    );
    const { createDelegation } = await ok<{ createDelegation: { id: string } }>(
      `mutation($r: ID!, $p: ID!, $keep: ID!, $dup: ID!, $e1: ID!, $e2: ID!) { createDelegation(input: { round: $r, party: $p, members: [{ person: $keep, role: MEMBER, evidence: $e2 }, { person: $dup, role: HEAD, attendance: CONFIRMED, evidence: $e1 }] }) { id } }`,
      { r: ids.round, p: createParty.id, keep, dup, e1: evidence[0], e2: evidence[1] },
    );
    const { createPosition } = await ok<{ createPosition: { id: string; version: number } }>(CREATE_POSITION, {
      input: {
        party: ids.russia,
        topic: ids.donbas,
        speaker: dup,
        stance: "DEMANDS",
        summary: "Voiced by the duplicate",
        stated: { on: "2026-01-10", precision: "DAY" },
        evidence: [evidence[2]],
      },
    });
    await ok(`mutation($id: ID!, $s: ID!) { updateEvidence(id: $id, version: 1, input: { speaker: $s }) { id } }`, { id: evidence[2], s: dup });

    await pause();
    const beforeMerge = new Date();
    await ok(`mutation($k: ID!, $m: ID!) { mergePeople(keep: $k, keepVersion: 1, merge: $m, mergeVersion: 2) { id } }`, { k: keep, m: dup });

    const seats = await db.delegationMember.findMany({ where: { delegationId: dbId(createDelegation.id) } });
    expect(seats).toHaveLength(1);
    expect(seats[0]).toMatchObject({ personId: dbId(keep), role: "HEAD", attendance: "CONFIRMED", evidenceId: dbId(evidence[0]!) });
    const role = await db.personRole.findFirstOrThrow({ where: { personId: dbId(keep) } });
    expect(role).toMatchObject({ title: "Foreign Minister", version: 2 });
    expect(await db.position.findUniqueOrThrow({ where: { id: dbId(createPosition.id) } })).toMatchObject({ speakerPersonId: dbId(keep), version: 2 });
    expect(await db.evidence.findUniqueOrThrow({ where: { id: dbId(evidence[2]!) } })).toMatchObject({ speakerPersonId: dbId(keep), version: 3 });
    expect((await db.delegation.findUniqueOrThrow({ where: { id: dbId(createDelegation.id) } })).version).toBe(2);

    const merges = await ok<{ auditLog: { totalCount: number; edges: { node: { entityType: string; entityId: string; version: number } }[] } }>(
      `query($from: DateTime!) { auditLog(from: $from, first: 20) { totalCount edges { node { entityType entityId version action } } } }`,
      { from: beforeMerge.toISOString() },
    );
    const entries = merges.auditLog.edges.map((e) => e.node);
    expect(entries.map((e) => `${e.entityType}:${e.version}`).sort()).toEqual([
      "Delegation:2",
      "Evidence:3",
      "Person:2",
      "Person:3",
      "PersonRole:2",
      "Position:2",
    ]);
    expect(merges.auditLog.totalCount).toBe(6);
    const delegationEntry = await db.auditEntry.findFirstOrThrow({ where: { entityType: "Delegation", entityId: dbId(createDelegation.id), action: "MERGE" } });
    expect((delegationEntry.before as { members: unknown[] }).members).toHaveLength(2);
    expect((delegationEntry.after as { members: { role: string }[] }).members).toEqual([expect.objectContaining({ personId: dbId(keep), role: "HEAD" })]);
  });
});

describe("movement and positionAsOf", () => {
  it("audits a movement label that another position's edit changed, so history shows it", async () => {
    const { evidence } = await articleWithQuotes("First statement. Second statement. Earlier statement.", [
      "First statement",
      "Second statement",
      "Earlier statement",
    ]);
    const { createParty } = await ok<{ createParty: { id: string } }>(
      `mutation($slug: String!) { createParty(input: { slug: $slug, name: "Movement party", kind: OTHER }) { id } }`,
      { slug: unique("movers") },
    );
    const position = (stance: string, on: string, e: string) => ({
      party: createParty.id,
      topic: ids.donbas,
      stance,
      summary: `${stance} on ${on}`,
      stated: { on, precision: "DAY" },
      evidence: [e],
    });
    const first = (await ok<{ createPosition: { id: string; movement: string } }>(CREATE_POSITION, { input: position("OPPOSES", "2026-01-01", evidence[0]!) }))
      .createPosition;
    expect(first.movement).toBe("NEW");
    const second = (await ok<{ createPosition: { id: string; movement: string } }>(CREATE_POSITION, { input: position("REJECTS", "2026-02-01", evidence[1]!) }))
      .createPosition;
    expect(second.movement).toBe("HARDENED");
    await pause();
    const beforeEarlier = new Date();
    await pause();
    await ok(CREATE_POSITION, { input: position("SUPPORTS", "2025-12-01", evidence[2]!) });

    const now = await ok<{ positionAsOf: { version: number; movement: string } }>(POSITION_AS_OF, { id: first.id, at: new Date().toISOString() });
    expect(now.positionAsOf).toMatchObject({ version: 2, movement: "REVERSED" });
    const then = await ok<{ positionAsOf: { version: number; movement: string } }>(POSITION_AS_OF, { id: first.id, at: beforeEarlier.toISOString() });
    expect(then.positionAsOf).toMatchObject({ version: 1, movement: "NEW" });
    const { node } = await ok<{ node: { version: number; movement: string } }>(`query($id: ID!) { node(id: $id) { ... on Position { version movement } } }`, {
      id: first.id,
    });
    expect(node).toEqual({ version: 2, movement: "REVERSED" });
  });

  it("gives the quotes of a position as they stood at the instant", async () => {
    const { evidence } = await articleWithQuotes("Peskov: no comment on the map.", ["no comment on the map"]);
    const { createPosition } = await ok<{ createPosition: { id: string } }>(CREATE_POSITION, {
      input: { party: ids.russia, topic: ids.donbas, stance: "OPEN_TO", summary: "No comment", stated: { on: "2026-01-10", precision: "DAY" }, evidence },
    });
    await pause();
    const before = new Date();
    await pause();
    await ok(`mutation($id: ID!) { updateEvidence(id: $id, version: 1, input: { translation: "geen commentaar", attribution: ANONYMOUS_OFFICIAL }) { id } }`, {
      id: evidence[0],
    });
    const then = await ok<{ positionAsOf: { evidence: { id: string; translation: string; attribution: string }[] } }>(POSITION_AS_OF, {
      id: createPosition.id,
      at: before.toISOString(),
    });
    expect(then.positionAsOf.evidence).toEqual([
      expect.objectContaining({ id: evidence[0], translation: "no comment on the map (t1)", attribution: "ON_RECORD" }),
    ]);
    const now = await ok<{ positionAsOf: { evidence: { translation: string }[] } }>(POSITION_AS_OF, { id: createPosition.id, at: new Date().toISOString() });
    expect(now.positionAsOf.evidence[0]!.translation).toBe("geen commentaar");
  });

  it("shows a re-anchored quote at the offsets and with the words it had at the instant", async () => {
    const body = "Kellogg: the corridor stays open.";
    const { article, evidence } = await articleWithQuotes(body, ["the corridor stays open"]);
    const { createPosition } = await ok<{ createPosition: { id: string } }>(CREATE_POSITION, {
      input: { party: ids.ukraine, topic: ids.donbas, stance: "SUPPORTS", summary: "Corridor", stated: { on: "2026-01-10", precision: "DAY" }, evidence },
    });
    await ok(`mutation($id: ID!, $body: String!) { updateArticle(id: $id, version: 1, input: { body: $body }) { version } }`, {
      id: article,
      body: `Breaking. ${body}`,
    });
    await pause();
    const between = new Date();
    await pause();
    await ok(`mutation($id: ID!) { updateEvidence(id: $id, version: 2, input: { translation: "later translation" }) { id } }`, { id: evidence[0] });
    const then = await ok<{ positionAsOf: { evidence: { startOffset: number; translation: string }[] } }>(POSITION_AS_OF, {
      id: createPosition.id,
      at: between.toISOString(),
    });
    expect(then.positionAsOf.evidence).toEqual([expect.objectContaining({ startOffset: 19, translation: "the corridor stays open (t1)" })]);
  });
});

describe("auditLog", () => {
  it("takes a record's global id (or its database id), an actor and a period, and counts what it finds", async () => {
    const { evidence } = await articleWithQuotes("A quote for the log.", ["A quote for the log"]);
    const start = new Date(Date.now() - 1);
    const { createPosition } = await ok<{ createPosition: { id: string } }>(CREATE_POSITION, {
      input: { party: ids.russia, topic: ids.donbas, stance: "OPPOSES", summary: "Logged", stated: { on: "2026-01-11", precision: "DAY" }, evidence },
    });
    await ok(`mutation($id: ID!) { updatePosition(id: $id, version: 1, input: { summary: "Logged again" }) { id } }`, { id: createPosition.id });
    await pause();
    const afterwards = new Date();

    const LOG = `query($id: String, $actor: String, $from: DateTime, $to: DateTime) { auditLog(entityId: $id, actorId: $actor, from: $from, to: $to) { totalCount edges { node { action recordId actorId version } } } }`;
    type Log = { auditLog: { totalCount: number; edges: { node: { action: string; recordId: string; actorId: string; version: number } }[] } };
    const byGlobal = await ok<Log>(LOG, { id: createPosition.id });
    expect(byGlobal.auditLog.totalCount).toBe(2);
    expect(byGlobal.auditLog.edges.map((e) => e.node.action)).toEqual(["UPDATE", "CREATE"]);
    expect(byGlobal.auditLog.edges[0]!.node.recordId).toBe(createPosition.id);
    const byDatabase = await ok<Log>(LOG, { id: dbId(createPosition.id) });
    expect(byDatabase.auditLog.totalCount).toBe(2);

    const actor = byGlobal.auditLog.edges[0]!.node.actorId;
    expect((await ok<Log>(LOG, { id: createPosition.id, actor })).auditLog.totalCount).toBe(2);
    expect((await ok<Log>(LOG, { id: createPosition.id, actor: "someone-else" })).auditLog.totalCount).toBe(0);
    expect((await ok<Log>(LOG, { id: createPosition.id, from: afterwards.toISOString() })).auditLog.totalCount).toBe(0);
    expect((await ok<Log>(LOG, { id: createPosition.id, from: start.toISOString(), to: afterwards.toISOString() })).auditLog.totalCount).toBe(2);
    expect((await ok<Log>(LOG, { id: gidOf("Position", "00000000-0000-7000-8000-000000000000") })).auditLog.totalCount).toBe(0);
  });
});
