// Multi-record writes are atomic: a failure halfway leaves nothing half-written. The failure is injected
// from outside the code under test — a trigger in the test database that raises for a marker value — so
// production code carries no test hooks. Each case then drops the trigger and shows the same call succeeds.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { GraphQLResponse, TestApi } from "../testing/harness.js";
import { startTestApi } from "../testing/harness.js";
import { signedInAs } from "../testing/users.js";
import { tableRows } from "../testing/snapshots.js";

let api: TestApi;
let editor: string;
let admin: string;
let evidence: string[];
let ids: { russia: string; donbas: string };

const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64");

beforeAll(async () => {
  api = await startTestApi();
  ({ EDITOR: editor, ADMIN: admin } = await signedInAs(api, ["EDITOR", "ADMIN"]));
  const db = api.database.db;
  const quotes = await db.evidence.findMany({
    where: { article: { slug: "abu-dhabi-second-round-escalation" }, deletedAt: null },
    select: { id: true },
    orderBy: { id: "asc" },
    take: 4,
  });
  expect(quotes.length).toBe(4);
  evidence = quotes.map((q) => gid("Evidence", q.id));
  const russia = await db.party.findUniqueOrThrow({ where: { slug: "russia" }, select: { id: true } });
  const donbas = await db.topic.findUniqueOrThrow({ where: { slug: "donbas" }, select: { id: true } });
  ids = { russia: gid("Party", russia.id), donbas: gid("Topic", donbas.id) };
  await db.$executeRawUnsafe(`create or replace function parley_test_fail() returns trigger language plpgsql as $$
    begin raise exception 'injected failure: % insert', TG_TABLE_NAME; end $$`);
  // Fails the second audit entry of one request: the merge has by then moved everything and audited the survivor.
  await db.$executeRawUnsafe(`create or replace function parley_test_fail_second_audit() returns trigger language plpgsql as $$
    begin
      if exists (select 1 from "AuditEntry" where "requestId" = NEW."requestId") then raise exception 'injected failure: second audit entry'; end if;
      return NEW;
    end $$`);
});
afterEach(async () => {
  for (const table of ["AuditEntry", "PersonAlias", "PositionEvidence"])
    await api.database.db.$executeRawUnsafe(`drop trigger if exists parley_test_fail on "${table}"`);
});
afterAll(async () => {
  await api?.stop();
});

/** Installs a trigger that raises on inserts into `table` matching `when` (an SQL condition on NEW). */
async function failOn(table: string, when: string, fn = "parley_test_fail") {
  await api.database.db.$executeRawUnsafe(`create trigger parley_test_fail before insert on "${table}" for each row when (${when}) execute function ${fn}()`);
}
async function dropFailure(table: string) {
  await api.database.db.$executeRawUnsafe(`drop trigger parley_test_fail on "${table}"`);
}

/** The failure reaches the client as a typed error that says nothing about SQL, tables or the trigger. */
function expectCleanFailure(response: GraphQLResponse<unknown>) {
  expect(response.data ?? null).toBeNull();
  const [error] = response.errors ?? [];
  expect(error?.extensions?.code).toBe("INTERNAL_SERVER_ERROR");
  expect(JSON.stringify(response.errors)).not.toMatch(/injected|trigger|insert|AuditEntry|PersonAlias|PositionEvidence|prisma|sql/i);
}

const TOUCHED_BY_MERGE = ["Person", "PersonAlias", "PersonRole", "DelegationMember", "Position", "Evidence", "AuditEntry"];
const TOUCHED_BY_POSITIONS = ["Position", "PositionEvidence", "AuditEntry"];

describe("merging people", () => {
  const MERGE = `mutation($k: ID!, $kv: Int!, $m: ID!, $mv: Int!) { mergePeople(keep: $k, keepVersion: $kv, merge: $m, mergeVersion: $mv) { aliases { name } } }`;

  async function duplicate(slug: string) {
    const db = api.database.db;
    const keep = await db.person.findUniqueOrThrow({ where: { slug: "vladimir-putin" }, select: { id: true, version: true } });
    const dup = await db.person.create({
      data: { slug, name: `Marker ${slug}`, status: "PUBLISHED", aliases: { create: [{ name: `Alias ${slug}`, normalized: `alias ${slug}` }] } },
    });
    // Give the duplicate references that the merge must move: a voiced position and a quote.
    const position = await db.position.findFirstOrThrow({ where: { speakerPersonId: keep.id }, select: { id: true } });
    await db.position.update({ where: { id: position.id }, data: { speakerPersonId: dup.id } });
    const quote = await db.evidence.findFirstOrThrow({ where: { speakerPersonId: keep.id }, select: { id: true } });
    await db.evidence.update({ where: { id: quote.id }, data: { speakerPersonId: dup.id } });
    const fresh = await db.person.findUniqueOrThrow({ where: { id: keep.id }, select: { version: true } });
    return { variables: { k: gid("Person", keep.id), kv: fresh.version, m: gid("Person", dup.id), mv: dup.version }, dupId: dup.id };
  }

  it.each([
    ["moving the duplicate's spellings (its aliases already deleted)", "PersonAlias", (slug: string) => `NEW.name = 'Alias ${slug}'`, "parley_test_fail"],
    [
      "auditing the duplicate (every reference already moved, the survivor audited)",
      "AuditEntry",
      () => `NEW."requestId" = 'atomicity-merge'`,
      "parley_test_fail_second_audit",
    ],
  ])("leaves every table as it was when it fails %s", async (_when, table, condition, fn) => {
    const slug = `dup-${table.toLowerCase()}`;
    const { variables, dupId } = await duplicate(slug);
    const before = await tableRows(api.database.db, TOUCHED_BY_MERGE);
    await failOn(table, condition(slug), fn);

    expectCleanFailure(await api.gql(MERGE, variables, { cookie: editor, "x-request-id": "atomicity-merge" }));
    expect(await tableRows(api.database.db, TOUCHED_BY_MERGE)).toEqual(before);

    await dropFailure(table);
    const merged = await api.gql<{ mergePeople: { aliases: { name: string }[] } }>(MERGE, variables, { cookie: editor, "x-request-id": "atomicity-merge" });
    expect(merged.errors).toBeUndefined();
    expect(merged.data!.mergePeople.aliases.map((a) => a.name)).toEqual(expect.arrayContaining([`Marker ${slug}`, `Alias ${slug}`]));
    expect(await api.database.db.person.count({ where: { id: dupId, deletedAt: null } })).toBe(0);
    expect(await api.database.db.position.count({ where: { speakerPersonId: dupId } })).toBe(0);
  });
});

describe("a position saved with its quotes", () => {
  const CREATE = `mutation($input: PositionInput!) { createPosition(input: $input) { id version evidence { id } } }`;
  const input = (quotes: string[]) => ({
    party: ids.russia,
    topic: ids.donbas,
    stance: "OPPOSES",
    summary: "Atomicity: three quotes",
    stated: { on: "2026-03-02", precision: "DAY" },
    evidence: quotes,
  });

  it("is written whole or not at all when the third quote fails", async () => {
    const third = Buffer.from(evidence[2]!, "base64").toString().split(":")[1]!;
    const before = await tableRows(api.database.db, TOUCHED_BY_POSITIONS);
    await failOn("PositionEvidence", `NEW."evidenceId" = '${third}'`);

    expectCleanFailure(await api.gql(CREATE, { input: input(evidence.slice(0, 3)) }, { cookie: editor }));
    expect(await tableRows(api.database.db, TOUCHED_BY_POSITIONS)).toEqual(before);

    await dropFailure("PositionEvidence");
    const created = await api.gql<{ createPosition: { evidence: { id: string }[] } }>(CREATE, { input: input(evidence.slice(0, 3)) }, { cookie: editor });
    expect(created.errors).toBeUndefined();
    expect(created.data!.createPosition.evidence.map((e) => e.id).sort()).toEqual(evidence.slice(0, 3).sort());
  });
});

describe("reverting", () => {
  it("puts a position's fields and quotes back whole or not at all", async () => {
    const created = await api.gql<{ createPosition: { id: string; version: number } }>(
      `mutation($input: PositionInput!) { createPosition(input: $input) { id version } }`,
      {
        input: {
          party: ids.russia,
          topic: ids.donbas,
          stance: "REJECTS",
          summary: "Atomicity: before",
          stated: { on: "2026-03-03", precision: "DAY" },
          evidence: evidence.slice(0, 2),
        },
      },
      { cookie: editor },
    );
    expect(created.errors).toBeUndefined();
    const { id } = created.data!.createPosition;
    const updated = await api.gql<{ updatePosition: { version: number } }>(
      `mutation($id: ID!, $v: Int!, $input: PositionInput!) { updatePosition(id: $id, version: $v, input: $input) { version } }`,
      { id, v: created.data!.createPosition.version, input: { summary: "Atomicity: after", stance: "SUPPORTS", evidence: [evidence[3]] } },
      { cookie: editor },
    );
    expect(updated.errors).toBeUndefined();
    const REVERT = `mutation($id: ID!, $v: Int!) { revertPosition(id: $id, version: $v, toVersion: 1) { summary stance evidence { id } } }`;
    const variables = { id, v: updated.data!.updatePosition.version };

    // The audit entry is the revert's last write: its quotes and fields are changed by then.
    const before = await tableRows(api.database.db, TOUCHED_BY_POSITIONS);
    await failOn("AuditEntry", `NEW."requestId" = 'atomicity-revert'`);
    expectCleanFailure(await api.gql(REVERT, variables, { cookie: editor, "x-request-id": "atomicity-revert" }));
    expect(await tableRows(api.database.db, TOUCHED_BY_POSITIONS)).toEqual(before);

    await dropFailure("AuditEntry");
    const reverted = await api.gql<{ revertPosition: { summary: string; stance: string; evidence: { id: string }[] } }>(REVERT, variables, {
      cookie: editor,
      "x-request-id": "atomicity-revert",
    });
    expect(reverted.errors).toBeUndefined();
    expect(reverted.data!.revertPosition).toMatchObject({ summary: "Atomicity: before", stance: "REJECTS" });
    expect(reverted.data!.revertPosition.evidence.map((e) => e.id).sort()).toEqual(evidence.slice(0, 2).sort());
  });

  it("puts a catalog record's lists back whole or not at all", async () => {
    const db = api.database.db;
    const party = await api.gql<{ createParty: { id: string; version: number } }>(
      `mutation { createParty(input: { slug: "atomicity-party", name: "Atomicity", kind: STATE, aliases: ["Atomicity One", "Atomicity Two"] }) { id version } }`,
      undefined,
      { cookie: editor },
    );
    expect(party.errors).toBeUndefined();
    const { id } = party.data!.createParty;
    const partyId = Buffer.from(id, "base64").toString().split(":")[1]!;
    const aliases = async () => (await db.partyAlias.findMany({ where: { partyId }, select: { name: true }, orderBy: { name: "asc" } })).map((a) => a.name);
    const original = await aliases();
    const edited = await api.gql<{ updateParty: { version: number } }>(
      `mutation($id: ID!, $v: Int!) { updateParty(id: $id, version: $v, input: { name: "Atomicity renamed", aliases: ["Atomicity Three"] }) { version } }`,
      { id, v: party.data!.createParty.version },
      { cookie: editor },
    );
    expect(edited.errors).toBeUndefined();
    const REVERT = `mutation($id: ID!, $v: Int!) { revertRecord(id: $id, version: $v, toVersion: 1) { version } }`;
    const tables = ["Party", "PartyAlias", "AuditEntry"];

    const before = await tableRows(db, tables);
    await failOn("AuditEntry", `NEW."requestId" = 'atomicity-revert-party'`);
    expectCleanFailure(await api.gql(REVERT, { id, v: edited.data!.updateParty.version }, { cookie: editor, "x-request-id": "atomicity-revert-party" }));
    expect(await tableRows(db, tables)).toEqual(before);

    await dropFailure("AuditEntry");
    const reverted = await api.gql(REVERT, { id, v: edited.data!.updateParty.version }, { cookie: editor, "x-request-id": "atomicity-revert-party" });
    expect(reverted.errors).toBeUndefined();
    expect(original).toEqual(expect.arrayContaining(["Atomicity One", "Atomicity Two"]));
    expect(await aliases()).toEqual(original);
  });
});

describe("administration", () => {
  it.each([
    [
      "an account",
      `mutation { createUser(email: "atomic@parley.test", name: "Atomic", role: EDITOR, password: "a long enough password") { id } }`,
      ["user", "account", "AuditEntry"],
    ],
    ["an API key", `mutation { createApiKey(name: "Atomic key", scopes: [READ_PUBLISHED]) { key } }`, ["ApiKey", "AuditEntry"]],
  ])("writes %s and its audit entry together or not at all", async (_what, mutation, tables) => {
    const before = await tableRows(api.database.db, tables);
    await failOn("AuditEntry", `NEW."requestId" = 'atomicity-admin'`);
    expectCleanFailure(await api.gql(mutation, undefined, { cookie: admin, "x-request-id": "atomicity-admin" }));
    expect(await tableRows(api.database.db, tables)).toEqual(before);

    await dropFailure("AuditEntry");
    expect((await api.gql(mutation, undefined, { cookie: admin, "x-request-id": "atomicity-admin" })).errors).toBeUndefined();
    expect(await tableRows(api.database.db, tables)).not.toEqual(before);
  });
});
