// The hand-written statement for hot lists returns what Prisma returns for the same arguments: the same
// rows in the same order, the same nested shape and values (Dates included), pages by cursor included,
// for partners and for staff; and it declines what it does not compile, so Prisma answers.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readRows, type Prisma } from "@parley/db";
import { startTestApi, type TestApi } from "../testing/harness.js";
import { signedInAs } from "../testing/users.js";
import { encodeGlobalID } from "@pothos/plugin-relay";
import { leanFindMany, leanFindManySql, type FindManyArgs } from "./lean-find-many.js";
import { evidenceVisibility, positionVisibility, QUOTE_LINK, EDITORIAL_STATE, type Reader } from "../visibility/visibility.js";

let api: TestApi;
/** Every statement the API sent since the last reset. */
let all: string[] = [];
/** Those that read positions (the data-version read a request may make is not one of them). */
const positionStatements = () => all.filter((sql) => /"Position"/.test(sql));
beforeAll(async () => {
  api = await startTestApi({ onQuery: (sql) => void all.push(sql) });
});
afterAll(async () => {
  await api?.stop();
});

const partner: Reader = { viewer: { kind: "partner" } };
const staff: Reader = { viewer: { kind: "user" } };
const ORDER: Prisma.PositionOrderByWithRelationInput[] = [{ statedOn: { sort: "asc", nulls: "last" } }, { id: "asc" }];

/** The partner list's selection, as Pothos builds it for `positions { … party topic evidence { article } round speaker }`. */
function select(reader: Reader): Prisma.PositionSelect {
  return {
    id: true,
    stance: true,
    summary: true,
    statedOn: true,
    datePrecision: true,
    movement: true,
    reportedMovement: true,
    createdAt: true,
    party: { select: { id: true, name: true, slug: true } },
    topic: { select: { id: true, name: true, path: true } },
    round: EDITORIAL_STATE,
    speaker: { select: { ...EDITORIAL_STATE.select, name: true } },
    reportedMovementEvidence: QUOTE_LINK,
    evidence: {
      where: { evidence: evidenceVisibility(reader) },
      orderBy: [{ createdAt: "asc" }, { evidenceId: "asc" }],
      select: { evidence: { select: { id: true, quote: true, startOffset: true, article: { select: { id: true, title: true, publishedOn: true } } } } },
    },
  };
}

async function both(args: Prisma.PositionFindManyArgs): Promise<{ lean: unknown[]; prisma: unknown[] }> {
  const db = api.database.db;
  let fellBack = false;
  const lean = await leanFindMany(db, "Position", args as FindManyArgs, () => {
    fellBack = true;
    return db.position.findMany(args);
  });
  expect(fellBack).toBe(false);
  return { lean, prisma: await db.position.findMany(args) };
}

describe("one statement for hot lists", () => {
  it("returns Prisma's rows, order and nested values for partners and staff", async () => {
    for (const reader of [partner, staff]) {
      const { lean, prisma } = await both({ select: select(reader), where: positionVisibility(reader), orderBy: ORDER, take: 40 });
      expect(lean.length).toBeGreaterThan(5);
      expect(lean).toEqual(prisma);
    }
  });

  it("pages by cursor as Prisma does (skip 1 after the cursor, or from it)", async () => {
    const where = positionVisibility(partner);
    const all = await api.database.db.position.findMany({ select: { id: true }, where, orderBy: ORDER });
    for (const at of [0, 3, Math.floor(all.length / 2), all.length - 2]) {
      const cursor = all[at];
      if (!cursor) continue;
      for (const skip of [0, 1]) {
        const { lean, prisma } = await both({ select: select(partner), where, orderBy: ORDER, cursor: { id: cursor.id }, skip, take: 6 });
        expect(lean).toEqual(prisma);
      }
    }
  });

  it("filters as the list's where-clause says: relations, lists, text, dates, OR", async () => {
    const party = await api.database.db.party.findFirstOrThrow({ where: { positions: { some: {} } }, orderBy: { slug: "asc" } });
    const wheres: Prisma.PositionWhereInput[] = [
      { ...positionVisibility(partner), partyId: { in: [party.id] } },
      { ...positionVisibility(partner), stance: { in: ["OPPOSES", "REJECTS"] }, statedOn: { gte: new Date("2025-01-01"), lte: new Date("2026-12-31") } },
      {
        ...positionVisibility(staff),
        summary: { contains: "a", mode: "insensitive" },
        OR: [{ reportedMovement: { in: ["HARDENED"] } }, { reportedMovement: null, movement: { in: ["NEW", "HARDENED"] } }],
      },
      {
        ...positionVisibility(partner),
        topic: { deletedAt: null, OR: [{ path: { startsWith: "a" } }, { path: { startsWith: "t" } }] },
        round: { processId: { not: null } },
      },
      { ...positionVisibility(partner), evidence: { some: { evidence: { article: { language: "en" } } } } },
    ];
    for (const where of wheres) {
      const { lean, prisma } = await both({ select: select(partner), where, orderBy: ORDER, take: 30 });
      expect(lean).toEqual(prisma);
    }
  });

  it("reads a flat page the same way (scalars and dates only), on the client's pool", async () => {
    const flat = { id: true, stance: true, summary: true, statedOn: true, datePrecision: true, createdAt: true } satisfies Prisma.PositionSelect;
    const { lean, prisma } = await both({ select: flat, where: positionVisibility(partner), orderBy: ORDER, take: 25 });
    expect(lean.length).toBeGreaterThan(5);
    expect(lean).toEqual(prisma);
    const compiled = leanFindManySql("Position", { select: flat, where: positionVisibility(partner), orderBy: ORDER, take: 3 });
    if (!compiled) throw new Error("a flat page compiles");
    expect(await readRows(api.database.db, compiled.sql)).toHaveLength(3);
  });

  it("sends nothing on its own for a transaction client: the statement joins the transaction", async () => {
    await api.database.db.$transaction(async (tx) => {
      const compiled = leanFindManySql("Position", { select: { id: true }, orderBy: ORDER, take: 1 });
      if (!compiled) throw new Error("compiles");
      expect(await readRows(tx, compiled.sql)).toBeNull();
      const rows = await leanFindMany(tx, "Position", { select: { id: true, party: { select: { name: true } } }, orderBy: ORDER, take: 2 }, () => {
        throw new Error("compiled, so Prisma's findMany is not needed");
      });
      expect(rows).toHaveLength(2);
    });
  });

  it("declines what it does not compile (a backward page, a count), so Prisma answers", () => {
    expect(leanFindManySql("Position", { select: { id: true }, orderBy: ORDER, take: -5 })).toBeNull();
    expect(leanFindManySql("Position", { select: { id: true, _count: true } })).toBeNull();
    expect(leanFindManySql("Position", { select: { id: true }, where: { summary: { search: "x" } } })).toBeNull();
    expect(leanFindManySql("Position", { select: { id: true }, orderBy: ORDER, take: 5 })).not.toBeNull();
  });
});

describe("node(id:) in one statement", () => {
  const NODE = `query($id: ID!) { node(id: $id) { id ... on Position { stance summary stated { on } party { name } topic { name } evidence { quote article { title } } } } }`;
  const globalId = (id: string) => Buffer.from(`Position:${id}`).toString("base64");

  it("answers what Prisma reads for it, in one statement; a draft is null to anonymous readers", async () => {
    const db = api.database.db;
    const shown = await db.position.findFirstOrThrow({ where: positionVisibility(partner), orderBy: ORDER, select: { id: true } });
    const expected = await db.position.findUniqueOrThrow({
      where: { id: shown.id },
      select: { stance: true, summary: true, party: { select: { name: true } }, topic: { select: { name: true } } },
    });
    all = [];
    const { data, errors } = await api.gql<{
      node: { id: string; stance: string; summary: string; party: { name: string }; topic: { name: string }; evidence: unknown[] } | null;
    }>(NODE, { id: globalId(shown.id) });
    expect(errors).toBeUndefined();
    // The compiled statement (Prisma's own would select columns and join, not build the JSON).
    expect(positionStatements()).toHaveLength(1);
    expect(positionStatements()[0]).toMatch(/^SELECT json_build_object\(/);
    expect(data?.node).toMatchObject({ id: globalId(shown.id), ...expected });
    expect(Array.isArray(data?.node?.evidence)).toBe(true);

    // Back to draft for a moment (the seed publishes every position): hidden from anonymous readers.
    await db.position.update({ where: { id: shown.id }, data: { status: "DRAFT" } });
    try {
      const hidden = await api.gql<{ node: unknown }>(NODE, { id: globalId(shown.id) });
      expect(hidden.errors).toBeUndefined();
      expect(hidden.data?.node).toBeNull();
    } finally {
      await db.position.update({ where: { id: shown.id }, data: { status: "PUBLISHED" } });
    }
  });

  it("leaves what the statement does not compile to Pothos's loader (a nested page)", async () => {
    const shown = await api.database.db.position.findFirstOrThrow({ where: positionVisibility(partner), orderBy: ORDER, select: { id: true } });
    const { data, errors } = await api.gql<{ node: { quotes: { totalCount: number } } | null }>(
      `query($id: ID!) { node(id: $id) { ... on Position { quotes(first: 5) { totalCount } } } }`,
      { id: globalId(shown.id) },
    );
    expect(errors).toBeUndefined();
    expect(data?.node?.quotes.totalCount).toBeGreaterThanOrEqual(0);
  });

  it("reads the other registered node types the same way", async () => {
    const db = api.database.db;
    const [party, topic, round, demand, evidence] = await Promise.all([
      db.party.findFirstOrThrow({ where: { status: "PUBLISHED", deletedAt: null }, select: { id: true, name: true, slug: true } }),
      db.topic.findFirstOrThrow({ where: { status: "PUBLISHED", deletedAt: null }, select: { id: true, name: true, path: true } }),
      db.round.findFirstOrThrow({ where: { status: "PUBLISHED", deletedAt: null }, select: { id: true, title: true, slug: true } }),
      db.demand.findFirstOrThrow({
        where: { status: "PUBLISHED", deletedAt: null },
        select: { id: true, summary: true, fromParty: { select: { name: true } } },
      }),
      db.evidence.findFirstOrThrow({
        where: { status: "PUBLISHED", deletedAt: null, article: { status: "PUBLISHED", deletedAt: null } },
        select: { id: true, quote: true, article: { select: { title: true } } },
      }),
    ]);
    const cases = [
      { type: "Party", table: "Party", id: party.id, fields: "name slug", expected: { name: party.name, slug: party.slug } },
      { type: "Topic", table: "Topic", id: topic.id, fields: "name path", expected: { name: topic.name, path: topic.path } },
      { type: "Round", table: "Round", id: round.id, fields: "title slug", expected: { title: round.title, slug: round.slug } },
      {
        type: "Demand",
        table: "Demand",
        id: demand.id,
        fields: "summary fromParty { name }",
        expected: { summary: demand.summary, fromParty: demand.fromParty },
      },
      {
        type: "Evidence",
        table: "Evidence",
        id: evidence.id,
        fields: "quote article { title }",
        expected: { quote: evidence.quote, article: evidence.article },
      },
    ];
    for (const c of cases) {
      all = [];
      const id = Buffer.from(`${c.type}:${c.id}`).toString("base64");
      const { data, errors } = await api.gql<{ node: Record<string, unknown> | null }>(
        `query($id: ID!) { node(id: $id) { id ... on ${c.type} { ${c.fields} } } }`,
        { id },
      );
      expect(errors, c.type).toBeUndefined();
      expect(data?.node, c.type).toEqual({ id, ...c.expected });
      expect(
        all.filter((sql) => sql.includes(`"${c.table}" t0`) && sql.startsWith("SELECT json_build_object(")),
        c.type,
      ).toHaveLength(1);
    }
  });
});

describe("fields on compiled rows (no per-row mapping lookup)", () => {
  // Every kind of field that selects from its parent: relations, nested relations, fields with a select
  // (static and computed), nullable links under the visibility rule, a list through a join table.
  const FIELDS = `id stance summary stated { on precision text } movement reportedMovement effectiveMovement status version dateNote
    party { id name slug shortName kind } topic { id name path } round { id title } speaker { id name }
    reportedMovementEvidence { id quote } proposalVersion { label }
    evidence { id quote status selector { exact prefix suffix } article { id title published { on text } outlet { id } } speakerParty { name } }
    alias: party { slug } ...on Position { topic { path } evidence { article { language } } }
    quotes(first: 2) { totalCount edges { node { quote } } }`;
  // `quotes` reads the relation `evidence` already holds under other arguments: Pothos leaves it out of the
  // statement and loads it itself, so it must not read the compiled row's `evidence`.
  const page = (extra: string) => `{ positions(first: 40) { edges { cursor node { ${FIELDS} ${extra} } } } }`;
  type Page = { positions: { edges: { cursor: string; node: Record<string, unknown> }[] } };

  it("answers as rows read through Prisma do, for anonymous readers and staff", async () => {
    const db = api.database.db;
    const staffCookie = (await signedInAs(api, ["EDITOR"])).EDITOR;
    // A draft quote on the first page, so that the two audiences see different quotes.
    const first = await db.position.findFirstOrThrow({
      where: { ...positionVisibility(partner), evidence: { some: {} } },
      orderBy: ORDER,
      select: { id: true },
    });
    const link = await db.positionEvidence.findFirstOrThrow({ where: { positionId: first.id }, select: { evidenceId: true } });
    await db.evidence.update({ where: { id: link.evidenceId }, data: { status: "DRAFT" } });
    try {
      const audiences: Record<string, string>[] = [{}, { cookie: staffCookie }];
      for (const headers of audiences) {
        all = [];
        const compiled = await api.gql<Page>(page(""), {}, headers);
        expect(compiled.errors).toBeUndefined();
        expect(positionStatements()[0]).toMatch(/^SELECT json_build_object\(/);
        // A nested count is not compiled: the same rows through Prisma and Pothos's mapping.
        all = [];
        const viaPrisma = await api.gql<Page>(page("counted: party { positions(first: 1) { totalCount } }"), {}, headers);
        expect(viaPrisma.errors).toBeUndefined();
        expect(positionStatements().some((sql) => sql.startsWith("SELECT json_build_object("))).toBe(false);
        const edges = compiled.data?.positions.edges ?? [];
        expect(edges.length).toBeGreaterThan(5);
        expect(edges.some((e) => Array.isArray(e.node.evidence) && e.node.evidence.length > 0)).toBe(true);
        expect(edges).toEqual((viaPrisma.data?.positions.edges ?? []).map(({ cursor, node: { counted: _counted, ...node } }) => ({ cursor, node })));
      }
    } finally {
      await db.evidence.update({ where: { id: link.evidenceId }, data: { status: "PUBLISHED" } });
    }
  });
});

describe("node ids (resolved without a promise per row)", () => {
  it("are relay's global ids of the records, on a list and on node(id:)", async () => {
    const db = api.database.db;
    const rows = await db.position.findMany({
      where: positionVisibility(partner),
      orderBy: ORDER,
      take: 10,
      select: { id: true, party: { select: { id: true } }, topic: { select: { id: true } } },
    });
    const { data, errors } = await api.gql<{ positions: { edges: { node: { id: string; party: { id: string }; topic: { id: string } } }[] } }>(
      `{ positions(first: 10) { edges { node { id party { id } topic { id } } } } }`,
    );
    expect(errors).toBeUndefined();
    expect(data?.positions.edges.map((e) => e.node)).toEqual(
      rows.map((r) => ({
        id: encodeGlobalID("Position", r.id),
        party: { id: encodeGlobalID("Party", r.party.id) },
        topic: { id: encodeGlobalID("Topic", r.topic.id) },
      })),
    );
    const first = rows[0];
    if (!first) throw new Error("the seed has positions");
    const node = await api.gql<{ node: { id: string } | null }>(`query($id: ID!) { node(id: $id) { id } }`, { id: encodeGlobalID("Position", first.id) });
    expect(node.data?.node).toEqual({ id: encodeGlobalID("Position", first.id) });
  });
});
