// Malformed ids in mutations and cursors that are not UUIDs: typed client errors, never a server error,
// and the audit log pages with the cursors it gives out.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../../testing/harness.js";
import { signedInAs } from "../../testing/users.js";

let api: TestApi;
let editor: Record<string, string>;
const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64");

beforeAll(async () => {
  api = await startTestApi();
  editor = { cookie: (await signedInAs(api, ["EDITOR"])).EDITOR };
});
afterAll(async () => {
  await api?.stop();
});

describe("malformed ids in mutations", () => {
  it.each([
    ["a catalog update", `mutation($id: ID!) { updateParty(id: $id, version: 1, input: { shortName: "X" }) { id } }`, gid("Party", "nope")],
    ["a round fact", `mutation($id: ID!) { deleteRoundDateReport(id: $id, version: 1) { id } }`, gid("RoundDateReport", "nope")],
    [
      "an id of no type of this API",
      `mutation($id: ID!) { updateParty(id: $id, version: 1, input: { shortName: "X" }) { id } }`,
      gid("Nothing", "01900000-0000-7000-8000-000000000000"),
    ],
  ])("are refused with BAD_USER_INPUT naming the argument: %s", async (_name, query, id) => {
    const before = await api.database.db.auditEntry.count();
    const { status, errors } = await api.gql(query, { id }, editor);
    expect(status).toBe(400);
    expect(errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(errors?.[0]?.extensions?.argument).toBe("id");
    expect(await api.database.db.auditEntry.count()).toBe(before);
  });
});

describe("audit log paging", () => {
  it("follows its own cursors (numeric keys) through every entry once", async () => {
    const { data } = await api.gql<{ party: { id: string; version: number } }>(`{ party(slug: "russia") { id version } }`, undefined, editor);
    let version = data!.party.version;
    for (const name of ["RU-1", "RU-2", "RU-3"]) {
      const r = await api.gql<{ updateParty: { version: number } }>(
        `mutation($id: ID!, $v: Int!, $s: String!) { updateParty(id: $id, version: $v, input: { shortName: $s }) { version } }`,
        { id: data!.party.id, v: version, s: name },
        editor,
      );
      expect(r.errors).toBeUndefined();
      version = r.data!.updateParty.version;
    }
    type Page = {
      auditLog: { totalCount: number; edges: { cursor: string; node: { version: number } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
    };
    const QUERY = `query($id: String!, $after: String) { auditLog(entityId: $id, first: 1, after: $after) { totalCount edges { cursor node { version } } pageInfo { hasNextPage endCursor } } }`;
    const seen: number[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i++) {
      const page: { data?: Page; errors?: unknown[] } = await api.gql<Page>(QUERY, { id: data!.party.id, after }, editor);
      expect(page.errors).toBeUndefined();
      seen.push(...page.data!.auditLog.edges.map((e) => e.node.version));
      if (!page.data!.auditLog.pageInfo.hasNextPage) break;
      after = page.data!.auditLog.pageInfo.endCursor;
    }
    expect(seen.length).toBe(3);
    expect(new Set(seen).size).toBe(3);
  });
});

describe("cursors of the wrong shape for their list", () => {
  const b64 = (s: string) => Buffer.from(s).toString("base64");
  const uuid = "01900000-0000-7000-8000-000000000000";
  it.each([
    [
      "a number on a nested list keyed by id",
      `query($c: String) { topic(slug: "donbas") { positions(first: 2, after: $c) { totalCount } } }`,
      b64("GPC:N:5"),
      false,
    ],
    [
      "an unknown role in a participation's key",
      `query($c: String) { party(slug: "russia") { participations(first: 2, after: $c) { totalCount } } }`,
      b64(`GPC:T:${JSON.stringify([`S:${uuid}`, `S:${uuid}`, "S:NOPE"])}`),
      false,
    ],
    [
      "a tuple of numbers on a topic's rounds",
      `query($c: String) { topic(slug: "donbas") { rounds(first: 2, after: $c) { totalCount } } }`,
      b64(`GPC:T:${JSON.stringify(["N:1", "N:2"])}`),
      false,
    ],
    ["a record id on the audit log (numeric keys)", `query($c: String) { auditLog(first: 2, after: $c) { totalCount } }`, b64(`GPC:S:${uuid}`), true],
  ])("are refused with BAD_USER_INPUT naming `after`: %s", async (_name, query, cursor, asEditor) => {
    const { status, errors } = await api.gql(query, { c: cursor }, asEditor ? editor : {});
    expect(status).toBe(400);
    expect(errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(errors?.[0]?.extensions?.argument).toBe("after");
  });
});
