// Who may change what, for EVERY mutation the schema offers (read by introspection, so a new mutation is
// covered the day it appears): anonymous callers, partner keys and analysts are refused everything,
// editors are refused administration, and a refused call changes nothing at all.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../../testing/harness.js";
import { signedInAs } from "../../testing/users.js";
import { databaseFingerprint } from "../../testing/snapshots.js";
import { createApiKey } from "./api-keys.js";

/** Administration: users, roles, disabling, sessions and API keys. Everything else is editing. */
const ADMIN_ONLY = ["createUser", "setUserRole", "setUserDisabled", "revokeSessions", "createApiKey", "revokeApiKey"];

interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}
interface InputValue {
  name: string;
  type: TypeRef;
}
interface Introspection {
  __schema: {
    mutationType: { fields: { name: string; args: InputValue[]; type: TypeRef }[] };
    types: { name: string; kind: string; inputFields: InputValue[] | null; enumValues: { name: string }[] | null }[];
  };
}

const TYPE_REF = `kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } }`;
const INTROSPECT = `{ __schema {
  mutationType { fields { name args { name type { ${TYPE_REF} } } type { ${TYPE_REF} } } }
  types { name kind inputFields { name type { ${TYPE_REF} } } enumValues { name } } } }`;

// Global ids carry their type, and the API refuses an id of the wrong type; this names the type an id
// argument or input field refers to. An id this table cannot place fails the test, naming it.
const ID_TYPE_BY_NAME: Record<string, string> = {
  party: "Party",
  from: "Party",
  to: "Party",
  speakerParty: "Party",
  parties: "Party",
  topic: "Topic",
  topics: "Topic",
  parent: "Topic",
  round: "Round",
  rounds: "Round",
  process: "NegotiationProcess",
  speaker: "Person",
  person: "Person",
  keep: "Person",
  merge: "Person",
  evidence: "Evidence",
  article: "Article",
  outlet: "Outlet",
  delegation: "Delegation",
  proposal: "Proposal",
  proposalVersion: "ProposalVersion",
  // Where one argument name means different types, "mutation.argument" decides.
  "mergeTopics.keep": "Topic",
  "mergeTopics.merge": "Topic",
};
const ID_TYPE_BY_MUTATION: Record<string, string> = {
  changePositionState: "Position",
  revertPosition: "Position",
  changeDemandStatus: "Demand",
  updateRoundDateReport: "RoundDateReport",
  deleteRoundDateReport: "RoundDateReport",
  updateDemandStatusChange: "DemandStatusChange",
  deleteDemandStatusChange: "DemandStatusChange",
  // Any editable record: a party will do.
  changeState: "Party",
  revertRecord: "Party",
};

const DUMMY_UUID = "01900000-0000-7000-8000-000000000000";

function typeName(ref: TypeRef): string {
  if (ref.kind === "NON_NULL") return `${typeName(ref.ofType!)}!`;
  if (ref.kind === "LIST") return `[${typeName(ref.ofType!)}]`;
  return ref.name!;
}
function named(ref: TypeRef): TypeRef {
  return ref.ofType ? named(ref.ofType) : ref;
}

/** Builds minimal, valid arguments from the introspected types: every required value, nothing optional. */
function dummyArguments(schema: Introspection["__schema"], mutation: string, args: InputValue[]): Record<string, unknown> {
  const types = new Map(schema.types.map((t) => [t.name, t]));
  const value = (ref: TypeRef, path: string[]): unknown => {
    if (ref.kind === "NON_NULL") return value(ref.ofType!, path);
    if (ref.kind === "LIST") return [value(ref.ofType!, path)];
    if (ref.kind === "ENUM") return types.get(ref.name!)!.enumValues![0]!.name;
    if (ref.kind === "INPUT_OBJECT") return fields(types.get(ref.name!)!.inputFields!, path);
    switch (ref.name) {
      case "String":
        return "x";
      case "Int":
      case "Float":
        return 1;
      case "Boolean":
        return false;
      case "Date":
        return "2026-01-01";
      case "DateTime":
        return "2026-01-01T00:00:00.000Z";
      case "ID": {
        const last = path.at(-1)!;
        const type =
          last === "id" || last === "ids"
            ? (ID_TYPE_BY_MUTATION[mutation] ?? /^(?:update|create)(\w+)$/.exec(mutation)?.[1])
            : (ID_TYPE_BY_NAME[`${mutation}.${last}`] ?? ID_TYPE_BY_NAME[last]);
        if (!type) throw new Error(`No id type known for ${mutation}(${path.join(".")}): add it to the table.`);
        return Buffer.from(`${type === "Process" ? "NegotiationProcess" : type}:${DUMMY_UUID}`).toString("base64");
      }
      default:
        throw new Error(`No dummy value for scalar ${ref.name} (${mutation}.${path.join(".")}).`);
    }
  };
  const fields = (list: InputValue[], path: string[]) =>
    Object.fromEntries(list.filter((f) => f.type.kind === "NON_NULL").map((f) => [f.name, value(f.type, [...path, f.name])]));
  return fields(args, []);
}

interface Call {
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

let api: TestApi;
let calls: Call[];
let as: Record<"ADMIN" | "EDITOR" | "ANALYST", string>;
let key: string;

beforeAll(async () => {
  api = await startTestApi();
  as = await signedInAs(api, ["ADMIN", "EDITOR", "ANALYST"]);
  key = (await createApiKey(api.database.db, { name: "matrix partner" })).key;
  const { data, errors } = await api.gql<Introspection>(INTROSPECT, undefined, { cookie: as.ADMIN });
  expect(errors).toBeUndefined();
  const schema = data!.__schema;
  calls = schema.mutationType.fields.map((field) => {
    const declared = field.args.filter((a) => a.type.kind === "NON_NULL");
    const variables = dummyArguments(schema, field.name, field.args);
    const signature = declared.length ? `(${declared.map((a) => `$${a.name}: ${typeName(a.type)}`).join(", ")})` : "";
    const call = declared.length ? `(${declared.map((a) => `${a.name}: $${a.name}`).join(", ")})` : "";
    const selection = ["OBJECT", "INTERFACE", "UNION"].includes(named(field.type).kind) ? " { __typename }" : "";
    return { name: field.name, query: `mutation${signature} { ${field.name}${call}${selection} }`, variables };
  });
}, 120_000);
afterAll(async () => {
  await api?.stop();
});

async function expectAllRefused(targets: Call[], headers: Record<string, string>, codes: string[]) {
  const fingerprint = await databaseFingerprint(api.database.db);
  const audit = await api.database.db.auditEntry.count();
  const answers: Record<string, unknown> = {};
  for (const call of targets) {
    const response = await api.gql(call.query, call.variables, headers);
    answers[call.name] = response.errors?.[0]?.extensions?.code ?? "ALLOWED";
  }
  // One object, so a failure lists every mutation that was not refused, with what it answered.
  const wrong = Object.fromEntries(Object.entries(answers).filter(([, code]) => !codes.includes(String(code))));
  expect(wrong).toEqual({});
  expect(await api.database.db.auditEntry.count()).toBe(audit);
  expect(await databaseFingerprint(api.database.db)).toEqual(fingerprint);
}

describe("the authorization matrix", () => {
  it("covers every mutation, and the administration list names real mutations", () => {
    const names = calls.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(expect.arrayContaining([...ADMIN_ONLY, "createPosition", "mergePeople", "mergeTopics", "revertRecord", "changeState"]));
  });

  it("refuses every mutation to an anonymous caller with UNAUTHENTICATED, changing nothing", async () => {
    await expectAllRefused(calls, {}, ["UNAUTHENTICATED"]);
  });

  it("refuses every mutation to a partner key with FORBIDDEN, changing nothing", async () => {
    await expectAllRefused(calls, { "x-api-key": key }, ["FORBIDDEN"]);
  });

  it("refuses every mutation to an analyst with FORBIDDEN, changing nothing", async () => {
    await expectAllRefused(calls, { cookie: as.ANALYST }, ["FORBIDDEN"]);
  });

  it("refuses administration to an editor with FORBIDDEN, changing nothing", async () => {
    await expectAllRefused(
      calls.filter((c) => ADMIN_ONLY.includes(c.name)),
      { cookie: as.EDITOR },
      ["FORBIDDEN"],
    );
  });

  it("lets editors past the gate of every editing mutation (the dummy arguments then fail validation, never with a 500)", async () => {
    const answers = new Map<string, unknown>();
    for (const call of calls.filter((c) => !ADMIN_ONLY.includes(c.name))) {
      const response = await api.gql(call.query, call.variables, { cookie: as.EDITOR });
      answers.set(call.name, response.errors?.[0]?.extensions?.code ?? "ALLOWED");
    }
    // Nor may nonsense arguments ever cost a 500.
    const wrong = [...answers].filter(([, code]) => ["FORBIDDEN", "UNAUTHENTICATED", "INTERNAL_SERVER_ERROR"].includes(String(code)));
    expect(wrong).toEqual([]);
  });
});

describe("the allowed side", () => {
  const CREATE_PARTY = `mutation($input: PartyInput!) { createParty(input: $input) { id version status } }`;
  const PUBLISH = `mutation($id: ID!, $v: Int!) { changeState(id: $id, version: $v, change: PUBLISH) { status } }`;

  it.each(["EDITOR", "ADMIN"] as const)("lets an %s create and publish a record, each step audited", async (role) => {
    const audit = await api.database.db.auditEntry.count();
    const created = await api.gql<{ createParty: { id: string; version: number; status: string } }>(
      CREATE_PARTY,
      { input: { slug: `matrix-party-${role.toLowerCase()}`, name: `Matrix ${role}`, kind: "STATE" } },
      { cookie: as[role] },
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.createParty.status).toBe("DRAFT");
    const published = await api.gql<{ changeState: { status: string } }>(
      PUBLISH,
      { id: created.data!.createParty.id, v: created.data!.createParty.version },
      { cookie: as[role] },
    );
    expect(published.errors).toBeUndefined();
    expect(published.data!.changeState.status).toBe("PUBLISHED");
    expect(await api.database.db.auditEntry.count()).toBe(audit + 2);
  });

  it("lets an administrator manage accounts, sessions and keys, each change audited", async () => {
    const db = api.database.db;
    const audit = await db.auditEntry.count();
    const user = await api.gql<{ createUser: { id: string } }>(
      `mutation { createUser(email: "matrix-new@parley.test", name: "Matrix", role: ANALYST, password: "a long enough password") { id } }`,
      undefined,
      { cookie: as.ADMIN },
    );
    expect(user.errors).toBeUndefined();
    const userId = user.data!.createUser.id;
    for (const query of [
      `mutation($u: String!) { setUserRole(userId: $u, role: EDITOR) { role } }`,
      `mutation($u: String!) { revokeSessions(userId: $u) }`,
      `mutation($u: String!) { setUserDisabled(userId: $u, disabled: true) { disabled } }`,
    ]) {
      expect((await api.gql(query, { u: userId }, { cookie: as.ADMIN })).errors, query).toBeUndefined();
    }
    const created = await api.gql<{ createApiKey: { key: string; apiKey: { id: string } } }>(
      `mutation { createApiKey(name: "matrix admin key") { key apiKey { id } } }`,
      undefined,
      { cookie: as.ADMIN },
    );
    expect(created.errors).toBeUndefined();
    const revoked = await api.gql(
      `mutation($id: String!) { revokeApiKey(id: $id) { revokedAt } }`,
      { id: created.data!.createApiKey.apiKey.id },
      { cookie: as.ADMIN },
    );
    expect(revoked.errors).toBeUndefined();
    expect(await db.auditEntry.count()).toBe(audit + 6);
  });
});
