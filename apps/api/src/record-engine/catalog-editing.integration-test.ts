import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../testing/harness.js";
import { signedInAs } from "../testing/users.js";

let api: TestApi;
let editor: Record<string, string>;
let analyst: Record<string, string>;
beforeAll(async () => {
  api = await startTestApi();
  const cookies = await signedInAs(api, ["EDITOR", "ANALYST"]);
  editor = { cookie: cookies.EDITOR };
  analyst = { cookie: cookies.ANALYST };
});
afterAll(async () => {
  await api?.stop();
});

describe("catalog records", () => {
  it("creates and edits a party, with aliases searchable at once, and answers a stale edit with CONFLICT", async () => {
    const created = await api.gql<{ createParty: { id: string; version: number; status: string } }>(
      `mutation { createParty(input: { slug: "china", name: "China", kind: STATE, aliases: ["Volksrepubliek China", "中国"] }) { id version status } }`,
      undefined,
      editor,
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.createParty.status).toBe("DRAFT");
    const { id } = created.data!.createParty;
    const found = await api.gql<{ searchNames: { party: { slug: string } | null }[] }>(
      `{ searchNames(query: "volksrepubliek", kinds: [PARTY]) { party { slug } } }`,
      undefined,
      editor,
    );
    expect(found.data!.searchNames[0]?.party?.slug).toBe("china");

    const UPDATE = `mutation($id: ID!, $v: Int!) { updateParty(id: $id, version: $v, input: { shortName: "PRC" }) { version shortName } }`;
    expect((await api.gql(UPDATE, { id, v: 1 }, editor)).errors).toBeUndefined();
    expect((await api.gql(UPDATE, { id, v: 1 }, editor)).errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect((await api.gql(UPDATE, { id, v: 2 }, analyst)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("refuses a slug that is taken and an id of the wrong type", async () => {
    const taken = await api.gql(`mutation { createParty(input: { slug: "russia", name: "Russia 2", kind: STATE }) { id } }`, undefined, editor);
    expect(taken.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: ["input", "slug"] });
    const { data } = await api.gql<{ party: { id: string } }>(`{ party(slug: "russia") { id } }`);
    const wrong = await api.gql(`mutation($id: ID!) { updatePerson(id: $id, version: 1, input: { name: "x" }) { id } }`, { id: data!.party.id }, editor);
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "id" });
  });

  it("moves a topic's subtree with it", async () => {
    const { data } = await api.gql<{ territory: { id: string }; nato: { id: string; version: number } }>(
      `{ territory: topic(slug: "territory") { id } nato: topic(slug: "nato-and-neutrality") { id version } }`,
    );
    const moved = await api.gql(
      `mutation($id: ID!, $v: Int!, $p: ID!) { updateTopic(id: $id, version: $v, input: { parent: $p }) { path } }`,
      { id: data!.nato.id, v: data!.nato.version, p: data!.territory.id },
      editor,
    );
    expect(moved.errors).toBeUndefined();
    const child = await api.database.db.topic.findUniqueOrThrow({ where: { slug: "nato-membership" }, select: { path: true } });
    expect(child.path).toBe("territory/nato-and-neutrality/nato-membership");
    const cycle = await api.gql(
      `mutation($id: ID!, $v: Int!, $p: ID!) { updateTopic(id: $id, version: $v, input: { parent: $p }) { path } }`,
      { id: data!.territory.id, v: 1, p: data!.nato.id },
      editor,
    );
    expect(cycle.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: ["input", "parent"] });
  });

  it("refuses a round that ends before it starts, and a delegation with two heads", async () => {
    const round = await api.gql(
      `mutation { createRound(input: { slug: "r-x", title: "X", format: BILATERAL, roundStatus: PLANNED, start: { on: "2026-03-05", precision: DAY }, end: { on: "2026-03-01", precision: DAY } }) { id } }`,
      undefined,
      editor,
    );
    expect(round.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: ["input", "end"] });
    const { data } = await api.gql<{ round: { id: string }; party: { id: string }; a: { id: string }; b: { id: string } }>(
      `{ round(slug: "geneva-2025-11-23") { id } party(slug: "ukraine") { id } a: person(slug: "rustem-umerov") { id } b: person(slug: "kyrylo-budanov") { id } }`,
    );
    const twoHeads = await api.gql(
      `mutation($r: ID!, $p: ID!, $a: ID!, $b: ID!) { createDelegation(input: { round: $r, party: $p, members: [{ person: $a, role: HEAD }, { person: $b, role: HEAD }] }) { id } }`,
      { r: data!.round.id, p: data!.party.id, a: data!.a.id, b: data!.b.id },
      editor,
    );
    expect(twoHeads.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: ["input", "members"] });
    const ok = await api.gql<{ createDelegation: { members: { role: string; person: { name: string } }[] } }>(
      `mutation($r: ID!, $p: ID!, $a: ID!, $b: ID!) { createDelegation(input: { round: $r, party: $p, members: [{ person: $a, role: HEAD }, { person: $b }] }) { members { role person { name } } } }`,
      { r: data!.round.id, p: data!.party.id, a: data!.a.id, b: data!.b.id },
      editor,
    );
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.createDelegation.members.map((m) => m.role).sort()).toEqual(["HEAD", "MEMBER"]);
  });

  it("publishes, deletes and restores any record through changeState, each step audited", async () => {
    const created = await api.gql<{ createProposal: { id: string } }>(
      `mutation { createProposal(input: { slug: "test-plan", title: "Test plan", versions: [{ number: 1, label: "v1", points: [{ number: 1, text: "Ceasefire" }] }] }) { id } }`,
      undefined,
      editor,
    );
    expect(created.errors).toBeUndefined();
    const id = created.data!.createProposal.id;
    const STATE = `mutation($id: ID!, $v: Int!, $c: RecordStateChange!) { changeState(id: $id, version: $v, change: $c) { version status deleted } }`;
    expect((await api.gql<{ changeState: { status: string } }>(STATE, { id, v: 1, c: "PUBLISH" }, editor)).data!.changeState.status).toBe("PUBLISHED");
    expect((await api.gql<{ changeState: { deleted: boolean } }>(STATE, { id, v: 2, c: "DELETE" }, editor)).data!.changeState.deleted).toBe(true);
    const anonymous = await api.gql<{ proposals: { edges: { node: { slug: string } }[] } }>(`{ proposals { edges { node { slug } } } }`);
    expect(anonymous.data!.proposals.edges.map((e) => e.node.slug)).not.toContain("test-plan");
    expect((await api.gql<{ changeState: { deleted: boolean; version: number } }>(STATE, { id, v: 3, c: "RESTORE" }, editor)).data!.changeState).toMatchObject({
      deleted: false,
      version: 4,
    });
    const log = await api.database.db.auditEntry.findMany({ where: { entityType: "Proposal" }, orderBy: { id: "asc" }, select: { action: true } });
    expect(log.map((e) => e.action)).toEqual(["CREATE", "PUBLISH", "DELETE", "RESTORE"]);
  });
});

describe("administration", () => {
  it("is for administrators only; they manage accounts, sessions and keys, and a revoked key stops working", async () => {
    const { ADMIN } = await signedInAs(api, ["ADMIN"]);
    const admin = { cookie: ADMIN };
    expect((await api.gql(`{ users { email } }`, undefined, editor)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    const created = await api.gql<{ createUser: { id: string; role: string } }>(
      `mutation { createUser(email: "new.editor@parley.test", name: "New Editor", role: EDITOR, password: "twelve chars min!") { id role } }`,
      undefined,
      admin,
    );
    expect(created.errors).toBeUndefined();
    const short = await api.gql(`mutation { createUser(email: "x@parley.test", name: "X", role: EDITOR, password: "short") { id } }`, undefined, admin);
    expect(short.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: ["input", "password"] });

    const signIn = await fetch(`${api.url}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: "http://localhost:3000" },
      body: JSON.stringify({ email: "new.editor@parley.test", password: "twelve chars min!" }),
    });
    const cookie = (signIn.headers.get("set-cookie") ?? "").split(";")[0]!;
    expect((await api.gql<{ viewer: { role: string } }>(`{ viewer { role } }`, undefined, { cookie })).data!.viewer.role).toBe("EDITOR");
    const disabled = await api.gql(
      `mutation($id: String!) { setUserDisabled(userId: $id, disabled: true) { disabled } }`,
      { id: created.data!.createUser.id },
      admin,
    );
    expect(disabled.errors).toBeUndefined();
    expect((await api.gql<{ viewer: { kind: string } }>(`{ viewer { kind } }`, undefined, { cookie })).data!.viewer.kind).toBe("ANONYMOUS");

    const key = await api.gql<{ createApiKey: { key: string; apiKey: { id: string; prefix: string } } }>(
      `mutation { createApiKey(name: "Partner X") { key apiKey { id prefix } } }`,
      undefined,
      admin,
    );
    const secret = key.data!.createApiKey.key;
    expect(secret.startsWith(`pk_${key.data!.createApiKey.apiKey.prefix}_`)).toBe(true);
    expect((await api.gql(`{ articles { totalCount } }`, undefined, { "x-api-key": secret })).status).toBe(200);
    await api.gql(`mutation($id: String!) { revokeApiKey(id: $id) { revokedAt } }`, { id: key.data!.createApiKey.apiKey.id }, admin);
    expect((await api.gql(`{ articles { totalCount } }`, undefined, { "x-api-key": secret })).status).toBe(401);
    const listed = await api.gql<{ apiKeys: { name: string; revokedAt: string | null }[] }>(`{ apiKeys { name revokedAt } }`, undefined, admin);
    expect(listed.data!.apiKeys.find((k) => k.name === "Partner X")?.revokedAt).not.toBeNull();
  });
});

describe("people's roles and the state of sources", () => {
  it("records a person's roles over time, and unpublishes an article from partners", async () => {
    const { data } = await api.gql<{ person: { id: string; version: number }; party: { id: string }; article: { id: string; version: number } }>(
      `{ person(slug: "marco-rubio") { id version } party(slug: "united-states") { id } article(slug: "us-russia-de-escalation-talks") { id version } }`,
    );
    const roles = await api.gql<{ updatePerson: { roles: { title: string; start: { text: string } }[] } }>(
      `mutation($id: ID!, $v: Int!, $p: ID!) { updatePerson(id: $id, version: $v, input: { roles: [{ title: "Secretary of State", party: $p, start: { on: "2025-01-21", precision: DAY } }, { title: "National Security Adviser", party: $p, start: { on: "2025-05-01", precision: MONTH } }] }) { roles { title start { text } } } }`,
      { id: data!.person.id, v: data!.person.version, p: data!.party.id },
      editor,
    );
    expect(roles.errors).toBeUndefined();
    expect(roles.data!.updatePerson.roles.map((r) => r.title)).toEqual(["Secretary of State", "National Security Adviser"]);

    const STATE = `mutation($id: ID!, $v: Int!) { changeState(id: $id, version: $v, change: UNPUBLISH) { status } }`;
    expect(
      (await api.gql<{ changeState: { status: string } }>(STATE, { id: data!.article.id, v: data!.article.version }, editor)).data!.changeState.status,
    ).toBe("DRAFT");
    const anonymous = await api.gql<{ article: { slug: string } | null }>(`{ article(slug: "us-russia-de-escalation-talks") { slug } }`);
    expect(anonymous.data!.article).toBeNull();
  });
});

describe("reverting a catalog record", () => {
  it("restores its fields and lists as of an earlier version, as a new version", async () => {
    const created = await api.gql<{ createParty: { id: string } }>(
      `mutation { createParty(input: { slug: "india", name: "India", kind: STATE, aliases: ["Bharat"] }) { id } }`,
      undefined,
      editor,
    );
    const id = created.data!.createParty.id;
    await api.gql(`mutation($id: ID!) { updateParty(id: $id, version: 1, input: { name: "Republic of India", aliases: ["IN"] }) { version } }`, { id }, editor);
    const reverted = await api.gql<{ revertRecord: { version: number } }>(
      `mutation($id: ID!) { revertRecord(id: $id, version: 2, toVersion: 1) { version } }`,
      { id },
      editor,
    );
    expect(reverted.errors).toBeUndefined();
    expect(reverted.data!.revertRecord.version).toBe(3);
    const party = await api.database.db.party.findUniqueOrThrow({ where: { slug: "india" }, include: { aliases: true } });
    expect(party.name).toBe("India");
    expect(party.aliases.map((a) => a.name).sort()).toEqual(["Bharat", "India"]);
    const log = await api.database.db.auditEntry.findMany({
      where: { entityType: "Party", entityId: party.id },
      orderBy: { id: "asc" },
      select: { action: true },
    });
    expect(log.map((e) => e.action)).toEqual(["CREATE", "UPDATE", "REVERT"]);
  });
});

describe("reverting sources and demands", () => {
  it("puts a quote's attribution and a demand's summary back, even for records seeded before any audited change", async () => {
    const { data } = await api.gql<{
      evidence: { edges: { node: { id: string; attribution: string } }[] };
      demand: { edges: { node: { id: string; summary: string } }[] };
    }>(
      `{ evidence(first: 1, article: "zelensky-putin-meeting-only-in-moscow") { edges { node { id attribution } } } demand: demands(first: 1) { edges { node { id summary } } } }`,
    );
    const quote = data!.evidence.edges[0]!.node;
    const demand = data!.demand.edges[0]!.node;
    await api.gql(
      `mutation($id: ID!) { updateEvidence(id: $id, version: 1, input: { attribution: LEAKED_DOCUMENT }) { attribution } }`,
      { id: quote.id },
      editor,
    );
    await api.gql(`mutation($id: ID!) { updateDemand(id: $id, version: 1, input: { summary: "Changed summary" }) { summary } }`, { id: demand.id }, editor);
    const REVERT = `mutation($id: ID!) { revertRecord(id: $id, version: 2, toVersion: 1) { version } }`;
    expect((await api.gql(REVERT, { id: quote.id }, editor)).errors).toBeUndefined();
    expect((await api.gql(REVERT, { id: demand.id }, editor)).errors).toBeUndefined();
    const after = await api.gql<{ q: { attribution: string }; d: { summary: string } }>(
      `query($q: ID!, $d: ID!) { q: node(id: $q) { ... on Evidence { attribution } } d: node(id: $d) { ... on Demand { summary } } }`,
      { q: quote.id, d: demand.id },
    );
    expect(after.data!.q.attribution).toBe(quote.attribution);
    expect(after.data!.d.summary).toBe(demand.summary);
  });
});
