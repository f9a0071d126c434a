import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../testing/harness.js";
import { signedInAs } from "../testing/users.js";
import { createApiKey } from "../platform/security/api-keys.js";

let api: TestApi;
let as: Record<"ADMIN" | "EDITOR" | "ANALYST", string>;
let partnerKey: string;
let ids: { russia: string; ukraine: string; donbas: string; putin: string; evidence: string[]; article: string; articleVersion: number };

beforeAll(async () => {
  api = await startTestApi();
  as = await signedInAs(api, ["ADMIN", "EDITOR", "ANALYST"]);
  partnerKey = (await createApiKey(api.database.db, { name: "partner" })).key;
  const { data } = await api.gql<{
    russia: { id: string };
    ukraine: { id: string };
    donbas: { id: string };
    putin: { id: string };
    article: { id: string; version: number; evidence: { edges: { node: { id: string } }[] } };
  }>(`{ russia: party(slug: "russia") { id } ukraine: party(slug: "ukraine") { id } donbas: topic(slug: "donbas") { id } putin: person(slug: "vladimir-putin") { id }
        article(slug: "abu-dhabi-second-round-escalation") { id version evidence(first: 3) { edges { node { id } } } } }`);
  ids = {
    russia: data!.russia.id,
    ukraine: data!.ukraine.id,
    donbas: data!.donbas.id,
    putin: data!.putin.id,
    article: data!.article.id,
    articleVersion: data!.article.version,
    evidence: data!.article.evidence.edges.map((e) => e.node.id),
  };
});
afterAll(async () => {
  await api?.stop();
});

const CREATE = `mutation($input: PositionInput!) { createPosition(input: $input) { id version stance movement summary status evidence { id } } }`;
const positionInput = () => ({
  party: ids.russia,
  topic: ids.donbas,
  stance: "DEMANDS",
  summary: "Test position",
  stated: { on: "2026-03-01", precision: "DAY" },
  evidence: [ids.evidence[0]],
});

describe("who may write", () => {
  it.each([
    ["anonymous", {}, "UNAUTHENTICATED"],
    ["a partner key", () => ({ "x-api-key": partnerKey }), "FORBIDDEN"],
    ["an analyst", () => ({ cookie: as.ANALYST }), "FORBIDDEN"],
  ])("refuses %s", async (_who, headers, code) => {
    const before = await api.database.db.position.count();
    const h = typeof headers === "function" ? headers() : headers;
    for (const [query, variables] of [
      [CREATE, { input: positionInput() }],
      [`mutation($id: ID!) { updateArticle(id: $id, version: 1, input: { title: "x" }) { id } }`, { id: ids.article }],
      [
        `mutation($input: EvidenceInput!) { createEvidence(input: $input) { id } }`,
        { input: { article: ids.article, text: "Rusland", attribution: "OUTLET_ASSESSMENT" } },
      ],
      [`mutation($id: ID!) { updateEvidence(id: $id, version: 1, input: { note: "x" }) { id } }`, { id: ids.evidence[0] }],
      [`mutation { createParty(input: { slug: "matrix-party", name: "X", kind: STATE }) { id } }`, {}],
      [`mutation($id: ID!) { changeState(id: $id, version: 1, change: UNPUBLISH) { status } }`, { id: ids.russia }],
      [`mutation($id: ID!) { revertRecord(id: $id, version: 1, toVersion: 1) { status } }`, { id: ids.russia }],
      [
        `mutation($p: ID!, $t: ID!, $e: ID!) { createDemand(input: { slug: "matrix-demand", from: $p, topic: $t, summary: "x", raised: { precision: UNKNOWN }, evidence: [$e] }) { id } }`,
        { p: ids.russia, t: ids.donbas, e: ids.evidence[0] },
      ],
      [`mutation($p: ID!) { mergePeople(keep: $p, keepVersion: 1, merge: $p, mergeVersion: 1) { id } }`, { p: ids.putin }],
      [`mutation { createApiKey(name: "matrix") { key } }`, {}],
    ] as const) {
      const response = await api.gql(query, variables as Record<string, unknown>, h as Record<string, string>);
      expect(response.errors?.[0]?.extensions?.code, query).toBe(code);
    }
    expect(await api.database.db.position.count()).toBe(before);
  });

  it.each(["EDITOR", "ADMIN"] as const)("lets an %s create a position, as a draft, with an audit entry", async (role) => {
    const { data, errors } = await api.gql<{ createPosition: { id: string; version: number; status: string; movement: string } }>(
      CREATE,
      { input: positionInput() },
      { cookie: as[role] },
    );
    expect(errors).toBeUndefined();
    expect(data!.createPosition.status).toBe("DRAFT");
    const audit = await api.gql<{ auditLog: { edges: { node: { action: string; actorName: string } }[] } }>(
      `{ auditLog(first: 1, entityType: "Position") { edges { node { action actorName } } } }`,
      undefined,
      { cookie: as[role] },
    );
    expect(audit.data!.auditLog.edges[0]!.node).toEqual({ action: "CREATE", actorName: `Test ${role}` });
  });
});

describe("validation", () => {
  it.each([
    ["an empty summary", { summary: "  " }, "input.summary"],
    ["no quote", { evidence: [] }, "input.evidence"],
    ["an impossible date", { stated: { on: "2026-02-30", precision: "DAY" } }, "input.stated.on"],
    ["a summary over the limit", { summary: "x".repeat(4_001) }, "input.summary"],
  ])("rejects %s, naming the field, and writes nothing", async (_name, patch, field) => {
    const before = await api.database.db.position.count();
    const { errors } = await api.gql(CREATE, { input: { ...positionInput(), ...patch } }, { cookie: as.EDITOR });
    expect(errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect((errors?.[0]?.extensions?.field as string[]).join(".")).toBe(field);
    expect(await api.database.db.position.count()).toBe(before);
  });
});

describe("concurrency", () => {
  it("answers a stale version with CONFLICT and the current record", async () => {
    const created = await api.gql<{ createPosition: { id: string; version: number } }>(CREATE, { input: positionInput() }, { cookie: as.EDITOR });
    const { id } = created.data!.createPosition;
    const UPDATE = `mutation($id: ID!, $v: Int!, $s: String!) { updatePosition(id: $id, version: $v, input: { summary: $s }) { version summary } }`;
    expect((await api.gql(UPDATE, { id, v: 1, s: "first" }, { cookie: as.EDITOR })).errors).toBeUndefined();
    const stale = await api.gql(UPDATE, { id, v: 1, s: "second" }, { cookie: as.EDITOR });
    expect(stale.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect((stale.errors?.[0]?.extensions?.current as { summary: string }).summary).toBe("first");
  });

  it("loses none of 50 concurrent edits of one record", async () => {
    const created = await api.gql<{ createPosition: { id: string } }>(CREATE, { input: positionInput() }, { cookie: as.EDITOR });
    const { id } = created.data!.createPosition;
    const READ = `query($id: ID!) { node(id: $id) { ... on Position { version summary } } }`;
    const UPDATE = `mutation($id: ID!, $v: Int!, $s: String!) { updatePosition(id: $id, version: $v, input: { summary: $s }) { version } }`;
    const edit = async (n: number) => {
      for (let attempt = 0; attempt < 200; attempt++) {
        const { data } = await api.gql<{ node: { version: number; summary: string } }>(READ, { id }, { cookie: as.EDITOR });
        const result = await api.gql(UPDATE, { id, v: data!.node.version, s: `${data!.node.summary} #${n}` }, { cookie: as.EDITOR });
        if (!result.errors) return;
        expect(result.errors[0]?.extensions?.code).toBe("CONFLICT");
      }
      throw new Error(`edit ${n} never got through`);
    };
    await Promise.all(Array.from({ length: 50 }, (_, n) => edit(n)));
    const final = await api.database.db.position.findUniqueOrThrow({
      where: { id: Buffer.from(id, "base64").toString().split(":").pop()! },
      select: { summary: true, version: true },
    });
    for (let n = 0; n < 50; n++) expect(final.summary).toContain(`#${n}`);
    expect(final.version).toBe(51);
  }, 120_000);
});

describe("soft delete, restore, publish, revert and history", () => {
  it("hides a deleted position, restores it, publishes it and reverts a change", async () => {
    const created = await api.gql<{ createPosition: { id: string } }>(CREATE, { input: positionInput() }, { cookie: as.EDITOR });
    const { id } = created.data!.createPosition;
    const STATE = `mutation($id: ID!, $v: Int!, $c: StateChange!) { changePositionState(id: $id, version: $v, change: $c) { version status } }`;
    await api.gql(STATE, { id, v: 1, c: "DELETE" }, { cookie: as.EDITOR });
    const hidden = await api.gql<{ positions: { totalCount: number } }>(`{ positions(filter: { text: "Test position" }) { totalCount } }`, undefined, {
      cookie: as.EDITOR,
    });
    const restored = await api.gql<{ changePositionState: { version: number } }>(STATE, { id, v: 2, c: "RESTORE" }, { cookie: as.EDITOR });
    expect(restored.data!.changePositionState.version).toBe(3);
    const shown = await api.gql<{ positions: { totalCount: number } }>(`{ positions(filter: { text: "Test position" }) { totalCount } }`, undefined, {
      cookie: as.EDITOR,
    });
    expect(shown.data!.positions.totalCount).toBe(hidden.data!.positions.totalCount + 1);
    const published = await api.gql<{ changePositionState: { status: string } }>(STATE, { id, v: 3, c: "PUBLISH" }, { cookie: as.EDITOR });
    expect(published.data!.changePositionState.status).toBe("PUBLISHED");

    const beforeChange = new Date();
    await new Promise((r) => setTimeout(r, 20));
    await api.gql(
      `mutation($id: ID!, $e: [ID!]!) { updatePosition(id: $id, version: 4, input: { stance: SUPPORTS, evidence: $e }) { version } }`,
      { id, e: [ids.evidence[1]] },
      { cookie: as.EDITOR },
    );
    const then = await api.gql<{ positionAsOf: { stance: string; evidence: { id: string }[] } }>(
      `query($id: ID!, $at: DateTime!) { positionAsOf(id: $id, at: $at) { stance evidence { id } } }`,
      { id, at: beforeChange.toISOString() },
      { cookie: as.EDITOR },
    );
    expect(then.data!.positionAsOf).toEqual({ stance: "DEMANDS", evidence: [{ id: ids.evidence[0] }] });

    const reverted = await api.gql<{ revertPosition: { stance: string; version: number; evidence: { id: string }[] } }>(
      `mutation($id: ID!) { revertPosition(id: $id, version: 5, toVersion: 4) { stance version evidence { id } } }`,
      { id },
      { cookie: as.EDITOR },
    );
    expect(reverted.errors).toBeUndefined();
    expect(reverted.data!.revertPosition).toEqual({ stance: "DEMANDS", version: 6, evidence: [{ id: ids.evidence[0] }] });
  });
});

describe("evidence", () => {
  it("is created from exact text, located by the server", async () => {
    const { data, errors } = await api.gql<{ createEvidence: { quote: string; startOffset: number; endOffset: number; article: { body: string } } }>(
      `mutation($input: EvidenceInput!) { createEvidence(input: $input) { quote startOffset endOffset article { body } } }`,
      { input: { article: ids.article, text: "Al Shati Palace", attribution: "OUTLET_ASSESSMENT" } },
      { cookie: as.EDITOR },
    );
    expect(errors).toBeUndefined();
    const e = data!.createEvidence;
    expect(e.article.body.slice(e.startOffset, e.endOffset)).toBe("Al Shati Palace");
  });

  it("rejects a range that does not select the given text", async () => {
    const { errors } = await api.gql(
      `mutation($input: EvidenceInput!) { createEvidence(input: $input) { id } }`,
      { input: { article: ids.article, start: 0, end: 5, text: "Donbas", attribution: "OUTLET_ASSESSMENT" } },
      { cookie: as.EDITOR },
    );
    expect(errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("re-anchors quotes when the body changes, and refuses a change that would lose one", async () => {
    const article = await api.database.db.article.findFirstOrThrow({
      where: { slug: "abu-dhabi-second-round-escalation" },
      select: { id: true, body: true, version: true },
    });
    const quotes = await api.database.db.evidence.findMany({ where: { articleId: article.id }, select: { id: true, startOffset: true, quote: true } });
    const UPDATE = `mutation($id: ID!, $v: Int!, $input: ArticleInput!) { updateArticle(id: $id, version: $v, input: $input) { version body } }`;
    const moved = await api.gql(UPDATE, { id: ids.article, v: article.version, input: { body: `Ingekort. ${article.body}` } }, { cookie: as.EDITOR });
    expect(moved.errors).toBeUndefined();
    for (const q of await api.database.db.evidence.findMany({
      where: { articleId: article.id },
      select: { startOffset: true, endOffset: true, quote: true },
    })) {
      expect(`Ingekort. ${article.body}`.slice(q.startOffset, q.endOffset)).toBe(q.quote);
    }
    const first = quotes[0]!;
    const without = `Ingekort. ${article.body}`.replace(first.quote, "");
    const refused = await api.gql(UPDATE, { id: ids.article, v: article.version + 1, input: { body: without } }, { cookie: as.EDITOR });
    expect(refused.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const unchanged = await api.database.db.article.findUniqueOrThrow({ where: { id: article.id }, select: { body: true, version: true } });
    expect(unchanged).toEqual({ body: `Ingekort. ${article.body}`, version: article.version + 1 });
  });

  it("leaves nothing half-written when a multi-record write fails halfway", async () => {
    const article = await api.database.db.article.findFirstOrThrow({
      where: { slug: "abu-dhabi-second-round-escalation" },
      select: { body: true, version: true },
    });
    const offsets = await api.database.db.evidence.findMany({
      where: { article: { slug: "abu-dhabi-second-round-escalation" } },
      select: { id: true, startOffset: true },
      orderBy: { id: "asc" },
    });
    const other = await api.database.db.article.findFirstOrThrow({ where: { NOT: { slug: "abu-dhabi-second-round-escalation" } }, select: { slug: true } });
    // The new body moves every quote (written first), then the taken slug fails the change.
    const response = await api.gql(
      `mutation($id: ID!, $v: Int!, $input: ArticleInput!) { updateArticle(id: $id, version: $v, input: $input) { version } }`,
      { id: ids.article, v: article.version, input: { body: `Nog een inleiding. ${article.body}`, slug: other.slug } },
      { cookie: as.EDITOR },
    );
    expect(response.errors?.[0]?.extensions?.field).toEqual(["input", "slug"]);
    const after = await api.database.db.evidence.findMany({
      where: { article: { slug: "abu-dhabi-second-round-escalation" } },
      select: { id: true, startOffset: true },
      orderBy: { id: "asc" },
    });
    expect(after).toEqual(offsets);
    expect((await api.database.db.article.findFirstOrThrow({ where: { slug: "abu-dhabi-second-round-escalation" }, select: { version: true } })).version).toBe(
      article.version,
    );
  });
});

describe("demands", () => {
  const CREATE_DEMAND = `mutation($input: DemandInput!) { createDemand(input: $input) { id version demandStatus history { demandStatus } evidence { id } } }`;

  it("refuses a party making a demand of itself, naming the field", async () => {
    const { errors } = await api.gql(
      CREATE_DEMAND,
      {
        input: {
          slug: "self-demand",
          from: ids.russia,
          to: ids.russia,
          topic: ids.donbas,
          summary: "x",
          raised: { on: "2026-02-04", precision: "DAY" },
          evidence: [ids.evidence[0]],
        },
      },
      { cookie: as.EDITOR },
    );
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: ["input", "to"] });
  });

  it("refuses a slug that is taken", async () => {
    const { errors } = await api.gql(
      CREATE_DEMAND,
      {
        input: {
          slug: "russia-ukraine-gives-up-crimea",
          from: ids.russia,
          to: ids.ukraine,
          topic: ids.donbas,
          summary: "x",
          raised: { on: "2026-02-04", precision: "DAY" },
          evidence: [ids.evidence[0]],
        },
      },
      { cookie: as.EDITOR },
    );
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: ["input", "slug"] });
  });

  it("records a demand and the changes of its status", async () => {
    const created = await api.gql<{ createDemand: { id: string; version: number; demandStatus: string } }>(
      CREATE_DEMAND,
      {
        input: {
          slug: "test-demand",
          from: ids.russia,
          to: ids.ukraine,
          topic: ids.donbas,
          summary: "Test demand",
          raised: { on: "2026-02-04", precision: "DAY" },
          evidence: [ids.evidence[0]],
        },
      },
      { cookie: as.EDITOR },
    );
    expect(created.errors).toBeUndefined();
    const { id, version } = created.data!.createDemand;
    expect(created.data!.createDemand.demandStatus).toBe("OPEN");
    const changed = await api.gql<{ changeDemandStatus: { demandStatus: string; history: { demandStatus: string }[] } }>(
      `mutation($id: ID!, $v: Int!, $input: DemandStatusInput!) { changeDemandStatus(id: $id, version: $v, input: $input) { demandStatus history { demandStatus } } }`,
      { id, v: version, input: { status: "REJECTED", changed: { on: "2026-02-05", precision: "DAY" }, evidence: ids.evidence[1] } },
      { cookie: as.EDITOR },
    );
    expect(changed.errors).toBeUndefined();
    expect(changed.data!.changeDemandStatus.demandStatus).toBe("REJECTED");
    expect(changed.data!.changeDemandStatus.history.map((h) => h.demandStatus)).toEqual(["OPEN", "REJECTED"]);
  });
});

describe("merging duplicates", () => {
  it("combines aliases, moves every reference and leaves nothing dangling", async () => {
    const db = api.database.db;
    const putin = await db.person.findUniqueOrThrow({ where: { slug: "vladimir-putin" }, select: { id: true, version: true } });
    const dup = await db.person.create({
      data: { slug: "v-poetin", name: "V. Poetin", status: "PUBLISHED", aliases: { create: [{ name: "W. Putin", normalized: "w putin" }] } },
    });
    const position = await db.position.findFirstOrThrow({ where: { speakerPersonId: putin.id }, select: { id: true } });
    await db.position.update({ where: { id: position.id }, data: { speakerPersonId: dup.id } });
    const quote = await db.evidence.findFirstOrThrow({ where: { speakerPersonId: putin.id }, select: { id: true } });
    await db.evidence.update({ where: { id: quote.id }, data: { speakerPersonId: dup.id } });

    const gid = (id: string) => Buffer.from(`Person:${id}`).toString("base64");
    const { data, errors } = await api.gql<{ mergePeople: { aliases: { name: string }[] } }>(
      `mutation($k: ID!, $kv: Int!, $m: ID!, $mv: Int!) { mergePeople(keep: $k, keepVersion: $kv, merge: $m, mergeVersion: $mv) { aliases { name } } }`,
      { k: gid(putin.id), kv: putin.version, m: gid(dup.id), mv: dup.version },
      { cookie: as.EDITOR },
    );
    expect(errors).toBeUndefined();
    expect(data!.mergePeople.aliases.map((a) => a.name)).toEqual(expect.arrayContaining(["Poetin", "V. Poetin", "W. Putin"]));
    expect(await db.position.count({ where: { speakerPersonId: dup.id } })).toBe(0);
    expect(await db.evidence.count({ where: { speakerPersonId: dup.id } })).toBe(0);
    expect(await db.personAlias.count({ where: { personId: dup.id } })).toBe(0);
    expect((await db.person.findUniqueOrThrow({ where: { id: dup.id } })).deletedAt).not.toBeNull();
    const found = await api.gql<{ searchNames: { person: { slug: string } | null }[] }>(
      `{ searchNames(query: "W. Putin", kinds: [PERSON]) { person { slug } } }`,
    );
    expect(found.data!.searchNames[0]?.person?.slug).toBe("vladimir-putin");
  });
});
