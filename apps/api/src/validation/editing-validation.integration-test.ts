// Validation and error mapping of the editing mutations: every refusal is the client's error (BAD_USER_INPUT
// or CONFLICT) naming the GraphQL input field at fault, never an INTERNAL_SERVER_ERROR or a line of SQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type GraphQLResponse, type TestApi } from "../testing/harness.js";
import { signedInAs } from "../testing/users.js";

let api: TestApi;
let editor: Record<string, string>;
let admin: Record<string, string>;
let ids: { russia: string; ukraine: string; usa: string; donbas: string; article: string; evidence: string; process: string; proposal: string; outlet: string };

const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64");
const dbId = (globalId: string) => Buffer.from(globalId, "base64").toString().split(":").pop()!;
const SOME_UUID = "01900000-0000-7000-8000-000000000000";

beforeAll(async () => {
  api = await startTestApi();
  const cookies = await signedInAs(api, ["EDITOR", "ADMIN"]);
  editor = { cookie: cookies.EDITOR };
  admin = { cookie: cookies.ADMIN };
  const { data } = await api.gql<Record<string, { id: string }> & { article: { id: string; evidence: { edges: { node: { id: string } }[] } } }>(
    `{ russia: party(slug: "russia") { id } ukraine: party(slug: "ukraine") { id } usa: party(slug: "united-states") { id } donbas: topic(slug: "donbas") { id }
       article(slug: "abu-dhabi-second-round-escalation") { id evidence(first: 1) { edges { node { id } } } } }`,
  );
  const db = api.database.db;
  const process = await db.negotiationProcess.findUniqueOrThrow({ where: { slug: "abu-dhabi-trilateral" }, select: { id: true } });
  const proposal = await db.proposal.findUniqueOrThrow({ where: { slug: "us-peace-plan" }, select: { id: true } });
  const outlet = await db.outlet.findUniqueOrThrow({ where: { slug: "business-am" }, select: { id: true } });
  ids = {
    russia: data!.russia!.id,
    ukraine: data!.ukraine!.id,
    usa: data!.usa!.id,
    donbas: data!.donbas!.id,
    article: data!.article.id,
    evidence: data!.article.evidence.edges[0]!.node.id,
    process: gid("NegotiationProcess", process.id),
    proposal: gid("Proposal", proposal.id),
    outlet: gid("Outlet", outlet.id),
  };
});
afterAll(async () => {
  await api?.stop();
});

/** The first error, which must be a client error naming `field`. */
function expectRefused(response: GraphQLResponse<unknown>, field: string[] | undefined, code = "BAD_USER_INPUT") {
  const error = response.errors?.[0];
  expect(error?.extensions?.code, error?.message).toBe(code);
  if (field) expect(error?.extensions?.field).toEqual(field);
  expect(error?.message).not.toMatch(/constraint|violates|relation "|SQL|prisma/i);
}

const ROUND = `mutation($input: RoundInput!) { createRound(input: $input) { id version end { text } } }`;
const roundInput = (slug: string, extra: Record<string, unknown> = {}) => ({
  slug,
  title: "Test round",
  format: "BILATERAL",
  roundStatus: "PLANNED",
  ...extra,
});

describe("partial dates", () => {
  it("accepts an end given by month that contains a later start day (the database agrees with the domain rule)", async () => {
    const created = await api.gql<{ createRound: { id: string; version: number } }>(
      ROUND,
      { input: roundInput("march-round", { start: { on: "2026-03-20", precision: "DAY" }, end: { on: "2026-03-01", precision: "MONTH" } }) },
      editor,
    );
    expect(created.errors?.[0]?.message).toBeUndefined();
    const year = await api.gql(
      ROUND,
      { input: roundInput("year-round", { start: { on: "2026-11-02", precision: "DAY" }, end: { on: "2026-01-01", precision: "YEAR" } }) },
      editor,
    );
    expect(year.errors).toBeUndefined();
    const { id, version } = created.data!.createRound;
    const moved = await api.gql(
      `mutation($id: ID!, $v: Int!) { updateRound(id: $id, version: $v, input: { start: { on: "2026-03-31", precision: DAY } }) { id } }`,
      { id, v: version },
      editor,
    );
    expect(moved.errors).toBeUndefined();
  });

  it("accepts a person's role that ends in the month it starts", async () => {
    const person = await api.database.db.person.findUniqueOrThrow({ where: { slug: "marco-rubio" }, select: { id: true, version: true } });
    const response = await api.gql(
      `mutation($id: ID!, $v: Int!) { updatePerson(id: $id, version: $v, input: { roles: [{ title: "Envoy", start: { on: "2025-06-15", precision: DAY }, end: { on: "2025-06-01", precision: MONTH } }] }) { id } }`,
      { id: gid("Person", person.id), v: person.version },
      editor,
    );
    expect(response.errors).toBeUndefined();
  });

  it("refuses an end before the start, naming the end field", async () => {
    expectRefused(
      await api.gql(
        ROUND,
        { input: roundInput("april-round", { start: { on: "2026-04-02", precision: "DAY" }, end: { on: "2026-03-01", precision: "MONTH" } }) },
        editor,
      ),
      ["input", "end"],
    );
    const person = await api.database.db.person.findUniqueOrThrow({ where: { slug: "marco-rubio" }, select: { id: true, version: true } });
    expectRefused(
      await api.gql(
        `mutation($id: ID!, $v: Int!) { updatePerson(id: $id, version: $v, input: { roles: [{ title: "Envoy", start: { on: "2025-06-15", precision: DAY }, end: { on: "2024-01-01", precision: YEAR } }] }) { id } }`,
        { id: gid("Person", person.id), v: person.version },
        editor,
      ),
      ["input", "roles", "0", "end"],
    );
  });
});

describe("rules the database enforces", () => {
  it("answers a slug taken by a concurrent create with BAD_USER_INPUT, not a server error", async () => {
    const responses = await Promise.all(
      Array.from({ length: 6 }, () => api.gql(`mutation { createParty(input: { slug: "race-party", name: "Race", kind: STATE }) { id } }`, undefined, editor)),
    );
    expect(responses.filter((r) => !r.errors)).toHaveLength(1);
    for (const r of responses.filter((x) => x.errors)) expectRefused(r, ["input", "slug"]);
  });

  it("refuses moving a delegation onto a party that already has one at the round", async () => {
    const round = await api.gql<{ createRound: { id: string } }>(ROUND, { input: roundInput("delegation-round") }, editor);
    const DELEGATION = `mutation($r: ID!, $p: ID!) { createDelegation(input: { round: $r, party: $p }) { id } }`;
    const first = await api.gql<{ createDelegation: { id: string } }>(DELEGATION, { r: round.data!.createRound.id, p: ids.russia }, editor);
    const second = await api.gql<{ createDelegation: { id: string } }>(DELEGATION, { r: round.data!.createRound.id, p: ids.ukraine }, editor);
    expect(first.errors ?? second.errors).toBeUndefined();
    const moved = await api.gql(
      `mutation($id: ID!, $p: ID!) { updateDelegation(id: $id, version: 1, input: { party: $p }) { id } }`,
      { id: second.data!.createDelegation.id, p: ids.russia },
      editor,
    );
    expectRefused(moved, ["input", "party"]);
  });

  it("refuses a round number the process already uses", async () => {
    expectRefused(await api.gql(ROUND, { input: roundInput("abu-dhabi-again", { process: ids.process, sequence: 1 }) }, editor), ["input", "sequence"]);
  });

  it("refuses two points with one number in a proposal version", async () => {
    const response = await api.gql(
      `mutation { createProposal(input: { slug: "double-points", title: "Plan", versions: [{ number: 1, label: "v1", points: [{ number: 1, text: "A" }, { number: 1, text: "B" }] }] }) { id } }`,
      undefined,
      editor,
    );
    expectRefused(response, ["input", "versions"]);
    expect(await api.database.db.proposal.count({ where: { slug: "double-points" } })).toBe(0);
  });

  it("answers an email taken by a concurrent createUser with BAD_USER_INPUT", async () => {
    const responses = await Promise.all(
      Array.from({ length: 3 }, () =>
        api.gql(`mutation { createUser(email: "twice@parley.test", name: "Twice", role: EDITOR, password: "twelve chars min!") { id } }`, undefined, admin),
      ),
    );
    expect(responses.filter((r) => !r.errors)).toHaveLength(1);
    for (const r of responses.filter((x) => x.errors)) expectRefused(r, ["input", "email"]);
  });

  it("names the field of a reference to a record that does not exist", async () => {
    const demand = await api.database.db.demand.findFirstOrThrow({ where: { deletedAt: null }, select: { id: true, version: true } });
    const response = await api.gql(
      `mutation($id: ID!, $v: Int!, $t: ID!) { updateDemand(id: $id, version: $v, input: { topic: $t }) { id } }`,
      { id: gid("Demand", demand.id), v: demand.version, t: gid("Topic", SOME_UUID) },
      editor,
    );
    expectRefused(response, ["input", "topic"]);
  });

  it("answers any CHECK constraint with BAD_USER_INPUT naming its column, without SQL", async () => {
    await api.database.db.$executeRawUnsafe(`ALTER TABLE "Outlet" ADD CONSTRAINT "Outlet_name_check" CHECK (name <> 'Forbidden Outlet')`);
    try {
      expectRefused(await api.gql(`mutation { createOutlet(input: { slug: "forbidden", name: "Forbidden Outlet" }) { id } }`, undefined, editor), [
        "input",
        "name",
      ]);
    } finally {
      await api.database.db.$executeRawUnsafe(`ALTER TABLE "Outlet" DROP CONSTRAINT "Outlet_name_check"`);
    }
  });
});

describe("field paths name the GraphQL input", () => {
  const POSITION = `mutation($input: PositionInput!) { createPosition(input: $input) { id version } }`;
  const position = (extra: Record<string, unknown> = {}) => ({
    party: ids.russia,
    topic: ids.donbas,
    stance: "DEMANDS",
    summary: "Paths",
    stated: { on: "2026-03-01", precision: "DAY" },
    evidence: [ids.evidence],
    ...extra,
  });

  it.each([
    [
      "a demand of itself",
      `mutation($input: DemandInput!) { createDemand(input: $input) { id } }`,
      () => ({ slug: "self", from: ids.russia, to: ids.russia, topic: ids.donbas, summary: "x", raised: { precision: "UNKNOWN" }, evidence: [ids.evidence] }),
      ["input", "to"],
    ],
    ["a position without quotes", POSITION, () => position({ evidence: [] }), ["input", "evidence"]],
    ["a speaker who does not exist", POSITION, () => position({ speaker: gid("Person", SOME_UUID) }), ["input", "speaker"]],
    [
      "a proposal version that does not exist",
      POSITION,
      () => position({ proposalVersion: { proposal: ids.proposal, number: 99 } }),
      ["input", "proposalVersion"],
    ],
    ["a round in a malformed process id", ROUND, () => roundInput("bad-process", { process: gid("NegotiationProcess", "nope") }), ["input", "process"]],
    ["an agenda topic with a malformed id", ROUND, () => roundInput("bad-agenda", { agenda: [gid("Topic", "nope")] }), ["input", "agenda", "0"]],
    [
      "a quote's speaker who does not exist",
      `mutation($input: EvidenceInput!) { createEvidence(input: $input) { id } }`,
      () => ({ article: ids.article, start: 1, end: 4, attribution: "ON_RECORD", speaker: gid("Person", SOME_UUID) }),
      ["input", "speaker"],
    ],
    [
      "evidence in an article that does not exist",
      `mutation($input: EvidenceInput!) { createEvidence(input: $input) { id } }`,
      () => ({ article: gid("Article", SOME_UUID), text: "x", attribution: "ON_RECORD" }),
      ["input", "article"],
    ],
  ])("for %s", async (_name, query, input, field) => {
    expectRefused(await api.gql(query, { input: input() }, editor), field);
  });

  it("for a role's party and a topic's parent", async () => {
    const person = await api.database.db.person.findUniqueOrThrow({ where: { slug: "marco-rubio" }, select: { id: true, version: true } });
    expectRefused(
      await api.gql(
        `mutation($id: ID!, $v: Int!, $p: ID!) { updatePerson(id: $id, version: $v, input: { roles: [{ title: "X", party: $p }] }) { id } }`,
        { id: gid("Person", person.id), v: person.version, p: gid("Party", "nope") },
        editor,
      ),
      ["input", "roles", "0", "party"],
    );
    const topic = await api.database.db.topic.findUniqueOrThrow({ where: { slug: "donbas" }, select: { version: true } });
    expectRefused(
      await api.gql(
        `mutation($id: ID!, $v: Int!, $p: ID!) { updateTopic(id: $id, version: $v, input: { parent: $p }) { id } }`,
        { id: ids.donbas, v: topic.version, p: gid("Topic", SOME_UUID) },
        editor,
      ),
      ["input", "parent"],
    );
  });
});

describe("request size", () => {
  it("answers a body over the length limit in a non-Latin script with BAD_USER_INPUT, not 413", async () => {
    const response = await api.gql(
      `mutation($input: ArticleInput!) { createArticle(input: $input) { id } }`,
      { input: { slug: "too-long", title: "Too long", language: "zh", published: { precision: "UNKNOWN" }, body: "中".repeat(500_001) } },
      editor,
    );
    expect(response.status).toBe(200);
    expectRefused(response, ["input", "body"]);
  });
});

describe("soft-deleted records", () => {
  const STATE = `mutation($id: ID!, $v: Int!, $c: RecordStateChange!) { changeState(id: $id, version: $v, change: $c) { version deleted } }`;
  const select = { version: true } as const;
  const rows = {
    evidence: (id: string) => api.database.db.evidence.findUniqueOrThrow({ where: { id }, select }),
    position: (id: string) => api.database.db.position.findUniqueOrThrow({ where: { id }, select }),
    article: (id: string) => api.database.db.article.findUniqueOrThrow({ where: { id }, select }),
    demand: (id: string) => api.database.db.demand.findUniqueOrThrow({ where: { id }, select }),
  };
  const version = async (type: keyof typeof rows, id: string) => (await rows[type](dbId(id))).version;

  it("refuses deleting a quote that live positions rest on, and restoring a position whose quote is deleted", async () => {
    const quote = await api.gql<{ createEvidence: { id: string } }>(
      `mutation($input: EvidenceInput!) { createEvidence(input: $input) { id } }`,
      { input: { article: ids.article, text: "Al Shati Palace", attribution: "OUTLET_ASSESSMENT" } },
      editor,
    );
    const e = quote.data!.createEvidence.id;
    const created = await api.gql<{ createPosition: { id: string } }>(
      `mutation($input: PositionInput!) { createPosition(input: $input) { id } }`,
      {
        input: {
          party: ids.ukraine,
          topic: ids.donbas,
          stance: "REJECTS",
          summary: "Rests on one quote",
          stated: { on: "2026-02-04", precision: "DAY" },
          evidence: [e],
        },
      },
      editor,
    );
    const p = created.data!.createPosition.id;
    const refused = await api.gql(STATE, { id: e, v: await version("evidence", e), c: "DELETE" }, editor);
    expectRefused(refused, undefined);
    expect(refused.errors?.[0]?.extensions?.positionIds).toEqual([dbId(p)]);

    expect((await api.gql(STATE, { id: p, v: await version("position", p), c: "DELETE" }, editor)).errors).toBeUndefined();
    expect((await api.gql(STATE, { id: e, v: await version("evidence", e), c: "DELETE" }, editor)).errors).toBeUndefined();
    const restore = await api.gql(STATE, { id: p, v: await version("position", p), c: "RESTORE" }, editor);
    expectRefused(restore, undefined);
    expect(restore.errors?.[0]?.extensions?.deletedEvidenceIds).toEqual([dbId(e)]);

    expect((await api.gql(STATE, { id: e, v: await version("evidence", e), c: "RESTORE" }, editor)).errors).toBeUndefined();
    expect((await api.gql(STATE, { id: p, v: await version("position", p), c: "RESTORE" }, editor)).errors).toBeUndefined();
    const edited = await api.gql(
      `mutation($id: ID!, $v: Int!) { updatePosition(id: $id, version: $v, input: { summary: "Edited after restoring" }) { id } }`,
      { id: p, v: await version("position", p) },
      editor,
    );
    expect(edited.errors).toBeUndefined();
  });

  it("refuses editing a deleted article, quote or demand, and leaves it unchanged", async () => {
    const article = await api.gql<{ createArticle: { id: string } }>(
      `mutation { createArticle(input: { slug: "to-delete", title: "To delete", language: "en", published: { precision: UNKNOWN }, body: "A short article about nothing." }) { id } }`,
      undefined,
      editor,
    );
    const a = article.data!.createArticle.id;
    const quote = await api.gql<{ createEvidence: { id: string } }>(
      `mutation($a: ID!) { createEvidence(input: { article: $a, text: "nothing", attribution: ON_RECORD }) { id } }`,
      { a },
      editor,
    );
    const e = quote.data!.createEvidence.id;
    const demand = await api.gql<{ createDemand: { id: string } }>(
      `mutation($input: DemandInput!) { createDemand(input: $input) { id } }`,
      {
        input: {
          slug: "to-delete",
          from: ids.russia,
          to: ids.usa,
          topic: ids.donbas,
          summary: "x",
          raised: { precision: "UNKNOWN" },
          evidence: [ids.evidence],
        },
      },
      editor,
    );
    const d = demand.data!.createDemand.id;
    for (const [type, id] of [
      ["demand", d],
      ["evidence", e],
      ["article", a],
    ] as const) {
      expect((await api.gql(STATE, { id, v: await version(type, id), c: "DELETE" }, editor)).errors, type).toBeUndefined();
    }
    const edits = [
      api.gql(
        `mutation($id: ID!, $v: Int!) { updateArticle(id: $id, version: $v, input: { title: "Changed" }) { id } }`,
        { id: a, v: await version("article", a) },
        editor,
      ),
      api.gql(
        `mutation($id: ID!, $v: Int!) { updateEvidence(id: $id, version: $v, input: { note: "Changed" }) { id } }`,
        { id: e, v: await version("evidence", e) },
        editor,
      ),
      api.gql(
        `mutation($id: ID!, $v: Int!) { updateDemand(id: $id, version: $v, input: { summary: "Changed" }) { id } }`,
        { id: d, v: await version("demand", d) },
        editor,
      ),
    ];
    for (const response of await Promise.all(edits)) {
      expectRefused(response, undefined);
      expect(response.errors?.[0]?.message).toMatch(/is deleted; restore it/);
    }
    expect((await api.database.db.article.findUniqueOrThrow({ where: { id: dbId(a) }, select: { title: true } })).title).toBe("To delete");
  });
});

describe("inputs the API was missing", () => {
  it("sets and clears an article's outlet, author and url, and a quote's note and translation", async () => {
    const created = await api.gql<{ createArticle: { id: string; version: number; outlet: { slug: string } | null } }>(
      `mutation($o: ID!) { createArticle(input: { slug: "with-outlet", title: "With outlet", author: "A. Writer", url: "https://example.org/a", language: "en", published: { precision: UNKNOWN }, body: "Some words to quote.", outlet: $o }) { id version outlet { slug } } }`,
      { o: ids.outlet },
      editor,
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.createArticle.outlet?.slug).toBe("business-am");
    const { id, version } = created.data!.createArticle;
    const cleared = await api.gql<{ updateArticle: { author: string | null; url: string | null; outlet: unknown } }>(
      `mutation($id: ID!, $v: Int!) { updateArticle(id: $id, version: $v, input: { author: null, url: null, outlet: null }) { author url outlet { slug } } }`,
      { id, v: version },
      editor,
    );
    expect(cleared.errors).toBeUndefined();
    expect(cleared.data!.updateArticle).toEqual({ author: null, url: null, outlet: null });
    expectRefused(
      await api.gql(`mutation($id: ID!, $v: Int!) { updateArticle(id: $id, version: $v, input: { title: null }) { id } }`, { id, v: version + 1 }, editor),
      ["input", "title"],
    );

    const quote = await api.gql<{ createEvidence: { id: string; translation: string | null; translationLanguage: string | null } }>(
      `mutation($a: ID!) { createEvidence(input: { article: $a, text: "Some words", attribution: ON_RECORD, translation: "Quelques mots", translationLanguage: "fr", note: "A note" }) { id translation translationLanguage } }`,
      { a: id },
      editor,
    );
    expect(quote.errors).toBeUndefined();
    expect(quote.data!.createEvidence.translationLanguage).toBe("fr");
    const q = quote.data!.createEvidence;
    const relabelled = await api.gql<{ updateEvidence: { translationLanguage: string } }>(
      `mutation($id: ID!, $v: Int!) { updateEvidence(id: $id, version: $v, input: { translationLanguage: "de" }) { translationLanguage } }`,
      { id: q.id, v: 1 },
      editor,
    );
    expect(relabelled.data?.updateEvidence.translationLanguage).toBe("de");
    const unset = await api.gql<{ updateEvidence: { translation: string | null; translationLanguage: string | null; note: string | null } }>(
      `mutation($id: ID!, $v: Int!) { updateEvidence(id: $id, version: $v, input: { translation: null, note: null }) { translation translationLanguage note } }`,
      { id: q.id, v: 2 },
      editor,
    );
    expect(unset.errors).toBeUndefined();
    expect(unset.data!.updateEvidence).toEqual({ translation: null, translationLanguage: null, note: null });
  });

  it("links a position to a proposal version and unlinks it", async () => {
    const created = await api.gql<{ createPosition: { id: string; version: number; proposalVersion: { number: number } | null } }>(
      `mutation($input: PositionInput!) { createPosition(input: $input) { id version proposalVersion { number } } }`,
      {
        input: {
          party: ids.ukraine,
          topic: ids.donbas,
          stance: "OPPOSES",
          summary: "On the plan",
          stated: { on: "2025-11-23", precision: "DAY" },
          evidence: [ids.evidence],
          proposalVersion: { proposal: ids.proposal, number: 1 },
        },
      },
      editor,
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.createPosition.proposalVersion?.number).toBe(1);
    const { id, version } = created.data!.createPosition;
    const unlinked = await api.gql<{ updatePosition: { proposalVersion: unknown } }>(
      `mutation($id: ID!, $v: Int!) { updatePosition(id: $id, version: $v, input: { proposalVersion: null }) { proposalVersion { number } } }`,
      { id, v: version },
      editor,
    );
    expect(unlinked.errors).toBeUndefined();
    expect(unlinked.data!.updatePosition.proposalVersion).toBeNull();
  });
});
