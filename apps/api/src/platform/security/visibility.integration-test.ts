// The published-only rule on every way in: global ids, relations, single links and slugs.
import { randomUUID } from "node:crypto";
import { MAX_STANCE_DISTANCE, STANCE_SCORE, type Stance } from "@parley/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../../testing/harness.js";
import { signedInAs } from "../../testing/users.js";
import { createApiKey } from "./api-keys.js";

let api: TestApi;
let key: string;
let editor: string;
beforeAll(async () => {
  api = await startTestApi();
  key = (await createApiKey(api.database.db, { name: "visibility partner" })).key;
  editor = (await signedInAs(api, ["EDITOR"])).EDITOR;
});
afterAll(async () => {
  await api?.stop();
});

const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64");
const callers = () =>
  [
    ["anonymous", {}],
    ["partner", { "x-api-key": key }],
  ] as const;

describe("node(id:) and nodes(ids:)", () => {
  it("return null for a draft, a soft-deleted record and a missing one, to anonymous and partner callers", async () => {
    const db = api.database.db;
    const draft = await db.position.findFirstOrThrow({ select: { id: true }, orderBy: { id: "asc" } });
    const deleted = await db.position.findFirstOrThrow({ select: { id: true }, orderBy: { id: "desc" } });
    await db.position.update({ where: { id: draft.id }, data: { status: "DRAFT" } });
    await db.position.update({ where: { id: deleted.id }, data: { deletedAt: new Date() } });
    try {
      const ids = [globalId("Position", draft.id), globalId("Position", deleted.id), globalId("Party", randomUUID())];
      for (const [who, headers] of callers()) {
        for (const id of ids) {
          const one = await api.gql<{ node: unknown }>(`query($id: ID!) { node(id: $id) { id } }`, { id }, headers);
          expect(one.errors, `${who} ${id}`).toBeUndefined();
          expect(one.data!.node, `${who} ${id}`).toBeNull();
        }
        const many = await api.gql<{ nodes: unknown[] }>(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids }, headers);
        expect(many.errors).toBeUndefined();
        expect(many.data!.nodes).toEqual([null, null, null]);
      }
      // Staff see the draft, but not the soft-deleted record.
      const staff = await api.gql<{ nodes: ({ id: string } | null)[] }>(
        `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`,
        { ids: ids.slice(0, 2) },
        { cookie: editor },
      );
      expect(staff.data!.nodes).toEqual([{ id: ids[0] }, null]);
    } finally {
      await db.position.update({ where: { id: draft.id }, data: { status: "PUBLISHED" } });
      await db.position.update({ where: { id: deleted.id }, data: { deletedAt: null } });
    }
  });

  it("load a published record by its id", async () => {
    const russia = await api.database.db.party.findUniqueOrThrow({ where: { slug: "russia" }, select: { id: true } });
    const { data } = await api.gql<{ node: { slug: string } }>(`query($id: ID!) { node(id: $id) { ... on Party { slug } } }`, {
      id: globalId("Party", russia.id),
    });
    expect(data!.node.slug).toBe("russia");
  });
});

describe("relations and links", () => {
  it("hide a draft process, party and quote behind a round from non-staff", async () => {
    const db = api.database.db;
    const round = await db.round.findFirstOrThrow({
      where: { processId: { not: null }, participants: { some: {} }, evidence: { some: {} } },
      select: { slug: true, processId: true, participants: { select: { partyId: true }, take: 1 }, evidence: { select: { evidenceId: true }, take: 1 } },
    });
    const partyId = round.participants[0]!.partyId;
    const evidenceId = round.evidence[0]!.evidenceId;
    const query = `query($slug: String!) { round(slug: $slug) { process { slug } participants { party { id } } evidence { evidence { id } } } }`;
    type Shape = { round: { process: { slug: string } | null; participants: { party: { id: string } }[]; evidence: { evidence: { id: string } }[] } };
    await db.negotiationProcess.update({ where: { id: round.processId! }, data: { status: "DRAFT" } });
    await db.party.update({ where: { id: partyId }, data: { status: "DRAFT" } });
    await db.evidence.update({ where: { id: evidenceId }, data: { status: "DRAFT" } });
    try {
      for (const [who, headers] of callers()) {
        const { data, errors } = await api.gql<Shape>(query, { slug: round.slug }, headers);
        expect(errors, who).toBeUndefined();
        expect(data!.round.process, who).toBeNull();
        expect(data!.round.participants.map((p) => p.party.id)).not.toContain(globalId("Party", partyId));
        expect(data!.round.evidence.map((e) => e.evidence.id)).not.toContain(globalId("Evidence", evidenceId));
      }
      const staff = await api.gql<Shape>(query, { slug: round.slug }, { cookie: editor });
      expect(staff.data!.round.process).not.toBeNull();
      expect(staff.data!.round.participants.map((p) => p.party.id)).toContain(globalId("Party", partyId));
      expect(staff.data!.round.evidence.map((e) => e.evidence.id)).toContain(globalId("Evidence", evidenceId));
    } finally {
      await db.negotiationProcess.update({ where: { id: round.processId! }, data: { status: "PUBLISHED" } });
      await db.party.update({ where: { id: partyId }, data: { status: "PUBLISHED" } });
      await db.evidence.update({ where: { id: evidenceId }, data: { status: "PUBLISHED" } });
    }
  });

  it("hide a soft-deleted speaker and round behind a position, and a draft party behind a person's roles", async () => {
    const db = api.database.db;
    const position = await db.position.findFirstOrThrow({
      where: { speakerPersonId: { not: null }, roundId: { not: null } },
      select: { id: true, speakerPersonId: true, roundId: true },
    });
    const role = await db.personRole.findFirstOrThrow({
      where: { partyId: { not: null } },
      select: { id: true, partyId: true, person: { select: { slug: true } } },
    });
    await db.person.update({ where: { id: position.speakerPersonId! }, data: { deletedAt: new Date() } });
    await db.round.update({ where: { id: position.roundId! }, data: { deletedAt: new Date() } });
    try {
      const { data, errors } = await api.gql<{ node: { speaker: unknown; round: unknown } }>(
        `query($id: ID!) { node(id: $id) { ... on Position { speaker { id } round { id } } } }`,
        {
          id: globalId("Position", position.id),
        },
      );
      expect(errors).toBeUndefined();
      expect(data!.node).toEqual({ speaker: null, round: null });
    } finally {
      await db.person.update({ where: { id: position.speakerPersonId! }, data: { deletedAt: null } });
      await db.round.update({ where: { id: position.roundId! }, data: { deletedAt: null } });
    }
    const roles = `query($slug: String!) { person(slug: $slug) { roles { party { id } } } }`;
    const before = await api.gql<{ person: { roles: unknown[] } }>(roles, { slug: role.person.slug });
    await db.party.update({ where: { id: role.partyId! }, data: { status: "DRAFT" } });
    try {
      const after = await api.gql<{ person: { roles: { party: { id: string } | null }[] } }>(roles, { slug: role.person.slug }, { "x-api-key": key });
      expect(after.data!.person.roles.length).toBeLessThan(before.data!.person.roles.length);
      expect(after.data!.person.roles.map((r) => r.party?.id)).not.toContain(globalId("Party", role.partyId!));
    } finally {
      await db.party.update({ where: { id: role.partyId! }, data: { status: "PUBLISHED" } });
    }
  });
});

describe("positions and demands of a hidden party", () => {
  it("are hidden with it everywhere: by id, in lists, behind quotes and in the analyses", async () => {
    const db = api.database.db;
    const position = await db.position.findFirstOrThrow({
      where: { status: "PUBLISHED", evidence: { some: {} }, party: { slug: { not: "russia" } } },
      select: { id: true, partyId: true, party: { select: { slug: true } }, evidence: { select: { evidenceId: true }, take: 1 } },
    });
    const demand = await db.demand.findFirst({ where: { fromPartyId: position.partyId, status: "PUBLISHED" }, select: { id: true } });
    const ids = [globalId("Position", position.id), ...(demand ? [globalId("Demand", demand.id)] : [])];
    const query = `query($ids: [ID!]!, $quote: ID!) {
      nodes(ids: $ids) { id }
      positions(first: 100) { edges { node { id party { slug } } } }
      quote: node(id: $quote) { ... on Evidence { positions { id } } }
      comparison(at: { date: "2026-12-31" }) { parties { slug } cells { party { slug } } }
      diff(from: { date: "2020-01-01" }, to: { date: "2026-12-31" }) { party { slug } }
    }`;
    type Shape = {
      nodes: ({ id: string } | null)[];
      positions: { edges: { node: { id: string; party: { slug: string } } }[] };
      quote: { positions: { id: string }[] };
      comparison: { parties: { slug: string }[]; cells: { party: { slug: string } }[] };
      diff: { party: { slug: string } }[];
    };
    const variables = { ids, quote: globalId("Evidence", position.evidence[0]!.evidenceId) };
    const before = await api.gql<Shape>(query, variables, { "x-api-key": key });
    expect(before.data!.nodes.every((n) => n !== null)).toBe(true);
    expect(before.data!.quote.positions.map((p) => p.id)).toContain(ids[0]);
    expect(before.data!.comparison.cells.map((c) => c.party.slug)).toContain(position.party.slug);
    expect(before.data!.diff.map((d) => d.party.slug)).toContain(position.party.slug);
    await db.party.update({ where: { id: position.partyId }, data: { status: "DRAFT" } });
    try {
      const slug = position.party.slug;
      for (const [who, headers] of callers()) {
        const { data, errors } = await api.gql<Shape>(query, variables, headers);
        expect(errors, who).toBeUndefined();
        expect(data!.nodes, who).toEqual(ids.map(() => null));
        expect(data!.positions.edges.map((e) => e.node.party.slug)).not.toContain(slug);
        expect(data!.quote.positions.map((p) => p.id)).not.toContain(ids[0]);
        expect(data!.comparison.parties.map((p) => p.slug)).not.toContain(slug);
        expect(data!.comparison.cells.map((c) => c.party.slug)).not.toContain(slug);
        expect(data!.diff.map((d) => d.party.slug)).not.toContain(slug);
      }
      const staff = await api.gql<Shape>(query, variables, { cookie: editor });
      expect(staff.data!.nodes.every((n) => n !== null)).toBe(true);
    } finally {
      await db.party.update({ where: { id: position.partyId }, data: { status: "PUBLISHED" } });
    }
  });
});

describe("slugs", () => {
  it("of drafts are unknown to non-staff (a filter by one is NOT_FOUND) and known to staff", async () => {
    const db = api.database.db;
    await db.party.update({ where: { slug: "ukraine" }, data: { status: "DRAFT" } });
    try {
      const query = `{ positions(filter: { parties: ["ukraine"] }) { totalCount } }`;
      const partner = await api.gql(query, undefined, { "x-api-key": key });
      expect(partner.errors?.[0]?.extensions).toMatchObject({ code: "NOT_FOUND", argument: "filter.parties" });
      const timeline = await api.gql(`{ timeline(party: "ukraine", topic: "territory") { entries { movement } } }`);
      expect(timeline.errors?.[0]?.extensions).toMatchObject({ code: "NOT_FOUND", argument: "party" });
      const staff = await api.gql<{ positions: { totalCount: number } }>(query, undefined, { cookie: editor });
      expect(staff.data!.positions.totalCount).toBeGreaterThan(0);
    } finally {
      await db.party.update({ where: { slug: "ukraine" }, data: { status: "PUBLISHED" } });
    }
  });
});

describe("analyses", () => {
  it("leave a draft party out of sticking points entirely: its stance counts in no gap", async () => {
    const db = api.database.db;
    const QUERY = `{ stickingPoints(asOf: "2026-03-01", first: 50) { topic { slug } gap positions { stance party { slug } } } }`;
    type Answer = { stickingPoints: { topic: { slug: string }; gap: number; positions: { stance: Stance; party: { slug: string } }[] }[] };
    await db.party.update({ where: { slug: "ukraine" }, data: { status: "DRAFT" } });
    try {
      const { data, errors } = await api.gql<Answer>(QUERY);
      expect(errors).toBeUndefined();
      expect(data!.stickingPoints.length).toBeGreaterThan(0);
      for (const point of data!.stickingPoints) {
        expect(point.positions.map((p) => p.party.slug)).not.toContain("ukraine");
        // The gap is computed from exactly the parties shown.
        const scores = point.positions.map((p) => STANCE_SCORE[p.stance]);
        expect(point.gap, point.topic.slug).toBeCloseTo((Math.max(...scores) - Math.min(...scores)) / MAX_STANCE_DISTANCE, 10);
      }
      // Staff still see the draft party's positions.
      const staff = await api.gql<Answer>(QUERY, undefined, { cookie: editor });
      expect(staff.data!.stickingPoints.some((p) => p.positions.some((x) => x.party.slug === "ukraine"))).toBe(true);
    } finally {
      await db.party.update({ where: { slug: "ukraine" }, data: { status: "PUBLISHED" } });
    }
  });
});

describe("hidden parents of what a list shows", () => {
  it("leave a draft subtopic's positions out of a topic-subtree filter", async () => {
    const db = api.database.db;
    const child = await db.topic.findFirstOrThrow({
      where: { parentId: { not: null }, positions: { some: { status: "PUBLISHED", deletedAt: null } } },
      select: { id: true, slug: true, parent: { select: { slug: true } } },
    });
    const QUERY = `query($t: String!) { positions(first: 100, filter: { topic: $t }) { edges { node { topic { slug } } } } }`;
    type Answer = { positions: { edges: { node: { topic: { slug: string } } }[] } };
    await db.topic.update({ where: { id: child.id }, data: { status: "DRAFT" } });
    try {
      for (const [who, headers] of callers()) {
        const { data, errors } = await api.gql<Answer>(QUERY, { t: child.parent!.slug }, headers);
        expect(errors, who).toBeUndefined();
        expect(
          data!.positions.edges.map((e) => e.node.topic.slug),
          who,
        ).not.toContain(child.slug);
      }
      const staff = await api.gql<Answer>(QUERY, { t: child.parent!.slug }, { cookie: editor });
      expect(staff.data!.positions.edges.map((e) => e.node.topic.slug)).toContain(child.slug);
    } finally {
      await db.topic.update({ where: { id: child.id }, data: { status: "PUBLISHED" } });
    }
  });

  it("hide a quote whose article is a draft: by id, in a position's quotes and in single links to it", async () => {
    const db = api.database.db;
    const article = await db.article.findUniqueOrThrow({ where: { slug: "abu-dhabi-second-round-escalation" }, select: { id: true, slug: true } });
    const link = await db.positionEvidence.findFirstOrThrow({
      where: { position: { status: "PUBLISHED", deletedAt: null }, evidence: { status: "PUBLISHED", deletedAt: null, articleId: article.id } },
      select: { evidenceId: true },
    });
    const quoteId = globalId("Evidence", link.evidenceId);
    type Links = {
      round: {
        dateReports: { evidence: { article: { slug: string } } | null }[];
        delegations: { members: { evidence: { article: { slug: string } } | null }[] }[];
      };
    };
    const LINKS = `{ round(slug: "abu-dhabi-2") { dateReports { evidence { article { slug } } } delegations { members { evidence { article { slug } } } } } }`;
    const slugsIn = (d: Links) => [
      ...d.round.dateReports.map((r) => r.evidence?.article.slug),
      ...d.round.delegations.flatMap((x) => x.members.map((m) => m.evidence?.article.slug)),
    ];
    const quotesIn = async (headers: Record<string, string>) => {
      const list = await api.gql<{ positions: { edges: { node: { evidence: { id: string }[] } }[] } }>(
        `{ positions(first: 100) { edges { node { evidence { id } } } } }`,
        undefined,
        headers,
      );
      expect(list.errors).toBeUndefined();
      return list.data!.positions.edges.flatMap((e) => e.node.evidence.map((q) => q.id));
    };
    // Published: the quote and the article's single links are there (so the checks below can fail).
    for (const [who, headers] of callers()) {
      expect((await api.gql<{ node: unknown }>(`query($id: ID!) { node(id: $id) { id } }`, { id: quoteId }, headers)).data!.node, who).not.toBeNull();
      expect(await quotesIn(headers), who).toContain(quoteId);
      expect(slugsIn((await api.gql<Links>(LINKS, undefined, headers)).data!), who).toContain(article.slug);
    }
    await db.article.update({ where: { id: article.id }, data: { status: "DRAFT" } });
    try {
      for (const [who, headers] of callers()) {
        const one = await api.gql<{ node: unknown }>(`query($id: ID!) { node(id: $id) { id } }`, { id: quoteId }, headers);
        expect(one.data!.node, who).toBeNull();
        expect(await quotesIn(headers), who).not.toContain(quoteId);
        const links = await api.gql<Links>(LINKS, undefined, headers);
        expect(links.errors, who).toBeUndefined();
        expect(slugsIn(links.data!), who).not.toContain(article.slug);
      }
      expect(slugsIn((await api.gql<Links>(LINKS, undefined, { cookie: editor })).data!)).toContain(article.slug);
    } finally {
      await db.article.update({ where: { id: article.id }, data: { status: "PUBLISHED" } });
    }
  });
});
