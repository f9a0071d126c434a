// Filters of the catalog lists, rounds and a topic's positions, over HTTP on the seed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiKey } from "../platform/security/api-keys.js";
import { startTestApi, type TestApi } from "../testing/harness.js";
import { signedInAs } from "../testing/users.js";

let api: TestApi;
let key: string;
let editor: string;
beforeAll(async () => {
  api = await startTestApi();
  key = (await createApiKey(api.database.db, { name: "filters partner" })).key;
  editor = (await signedInAs(api, ["EDITOR"])).EDITOR;
});
afterAll(async () => {
  await api?.stop();
});

type Slugs = Record<string, { totalCount: number; edges: { node: { slug: string } }[] }>;
const slugs = (data: Slugs, list: string) => data[list]!.edges.map((e) => e.node.slug);

describe("catalog lists", () => {
  it.each([
    ["parties", "oekraine", "ukraine"], // an alias, diacritics ignored (Oekraïne)
    ["parties", "kremlin", "russia"],
    ["people", "Poetin", "vladimir-putin"],
    ["people", "zelensk", "volodymyr-zelensky"],
    ["topics", "donbass", "donbas"],
    ["outlets", "business", "business-am"],
    ["processes", "abu dhabi", "abu-dhabi-trilateral"],
    ["proposals", "PEACE PLAN", "us-peace-plan"],
  ])("%s: text %j finds %s, and only matches", async (list, text, slug) => {
    const { data, errors } = await api.gql<Slugs>(`query($f: CatalogFilter) { ${list}(first: 100, filter: $f) { totalCount edges { node { slug } } } }`, {
      f: { text },
    });
    expect(errors).toBeUndefined();
    expect(slugs(data!, list)).toContain(slug);
    const all = await api.gql<Slugs>(`{ ${list} { totalCount } }`);
    expect(data![list]!.totalCount).toBeLessThan(all.data![list]!.totalCount);
  });

  it("filter by editorial status for staff only", async () => {
    const db = api.database.db;
    await db.party.update({ where: { slug: "european-union" }, data: { status: "DRAFT" } });
    try {
      const query = `{ parties(first: 100, filter: { status: DRAFT }) { totalCount edges { node { slug status } } } }`;
      const staff = await api.gql<{ parties: { edges: { node: { slug: string; status: string } }[] } }>(query, undefined, { cookie: editor });
      expect(staff.data!.parties.edges.map((e) => e.node.slug)).toContain("european-union");
      expect(staff.data!.parties.edges.every((e) => e.node.status === "DRAFT")).toBe(true);
      const partner = await api.gql<{ parties: { edges: { node: { slug: string; status: string } }[] } }>(query, undefined, { "x-api-key": key });
      expect(partner.data!.parties.edges.length).toBeGreaterThan(0);
      expect(partner.data!.parties.edges.every((e) => e.node.status === "PUBLISHED")).toBe(true);
    } finally {
      await db.party.update({ where: { slug: "european-union" }, data: { status: "PUBLISHED" } });
    }
  });
});

describe("rounds", () => {
  it("filter by a topic on the agenda (with its subtopics) and by round status", async () => {
    type Rounds = { rounds: { totalCount: number; edges: { node: { slug: string; roundStatus: string; agenda: { path: string }[] } }[] } };
    const query = `query($f: RoundFilter) { rounds(first: 100, filter: $f) { totalCount edges { node { slug roundStatus agenda { path } } } } }`;
    const all = await api.gql<Rounds>(query, {});
    const territory = await api.gql<Rounds>(query, { f: { topic: "territory" } });
    expect(territory.errors).toBeUndefined();
    expect(territory.data!.rounds.totalCount).toBeGreaterThan(0);
    expect(territory.data!.rounds.totalCount).toBeLessThan(all.data!.rounds.totalCount);
    for (const r of territory.data!.rounds.edges) expect(r.node.agenda.some((t) => t.path === "territory" || t.path.startsWith("territory/"))).toBe(true);
    const exact = await api.gql<Rounds>(query, { f: { topic: "territory", includeSubtopics: false } });
    // Some rounds have "territory" itself on the agenda (so the loop below checks real rows), no more than have it or a subtopic.
    expect(exact.data!.rounds.totalCount).toBeGreaterThan(0);
    expect(exact.data!.rounds.totalCount).toBeLessThanOrEqual(territory.data!.rounds.totalCount);
    for (const r of exact.data!.rounds.edges) expect(r.node.agenda.some((t) => t.path === "territory")).toBe(true);

    const held = await api.gql<Rounds>(query, { f: { roundStatuses: ["HELD"] } });
    expect(held.data!.rounds.totalCount).toBeGreaterThan(0);
    expect(held.data!.rounds.totalCount).toBeLessThan(all.data!.rounds.totalCount);
    expect(held.data!.rounds.edges.every((r) => r.node.roundStatus === "HELD")).toBe(true);
  });
});

describe("a topic's positions", () => {
  it("by party on exactly the topic, and over its subtree through the top-level filter", async () => {
    type Edges = { edges: { node: { party: { slug: string }; topic: { path: string } } }[] };
    type Answer = { topic: { all: { totalCount: number } & Edges; russia: Edges }; subtree: { totalCount: number } & Edges };
    const { data, errors } = await api.gql<Answer>(`{
      topic(slug: "donbas") {
        all: positions(first: 100) { totalCount edges { node { party { slug } topic { path } } } }
        russia: positions(first: 100, parties: ["russia"]) { edges { node { party { slug } topic { path } } } }
      }
      subtree: positions(first: 100, filter: { topic: "territory", includeSubtopics: true }) { totalCount edges { node { party { slug } topic { path } } } }
    }`);
    expect(errors).toBeUndefined();
    expect(data!.topic.all.totalCount).toBeGreaterThan(0);
    expect(data!.topic.all.edges.every((e) => e.node.topic.path === "territory/donbas")).toBe(true);
    const russian = data!.topic.all.edges.filter((e) => e.node.party.slug === "russia").length;
    expect(russian).toBeGreaterThan(0);
    expect(data!.topic.russia.edges.length).toBe(russian);
    expect(data!.topic.russia.edges.every((e) => e.node.party.slug === "russia")).toBe(true);
    expect(data!.subtree.totalCount).toBeGreaterThan(data!.topic.all.totalCount);
    expect(data!.subtree.edges.every((e) => e.node.topic.path.startsWith("territory"))).toBe(true);
  });
});
