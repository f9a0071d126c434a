// Filters of the catalog lists, rounds and a topic's positions, over HTTP on the seed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiKey } from "../security/api-keys.js";
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
    const { data, errors } = await api.gql<Slugs>(`query($f: CatalogFilter) { ${list}(first: 100, filter: $f) { totalCount edges { node { slug } } } }`, { f: { text } });
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
    for (const r of exact.data!.rounds.edges) expect(r.node.agenda.some((t) => t.path === "territory")).toBe(true);

    const held = await api.gql<Rounds>(query, { f: { roundStatuses: ["HELD"] } });
    expect(held.data!.rounds.totalCount).toBeGreaterThan(0);
    expect(held.data!.rounds.totalCount).toBeLessThan(all.data!.rounds.totalCount);
    expect(held.data!.rounds.edges.every((r) => r.node.roundStatus === "HELD")).toBe(true);
  });
});

describe("a topic's positions", () => {
  it("by party, on exactly the topic or its whole subtree", async () => {
    type Topic = { topic: { exact: { totalCount: number }; subtree: { totalCount: number; edges: { node: { party: { slug: string }; topic: { path: string } } }[] }; russia: { edges: { node: { party: { slug: string } } }[] } } };
    const { data, errors } = await api.gql<Topic>(`{ topic(slug: "territory") {
      exact: positions(first: 100) { totalCount }
      subtree: positions(first: 100, includeSubtopics: true) { totalCount edges { node { party { slug } topic { path } } } }
      russia: positions(first: 100, includeSubtopics: true, parties: ["russia"]) { edges { node { party { slug } } } }
    } }`);
    expect(errors).toBeUndefined();
    expect(data!.topic.subtree.totalCount).toBeGreaterThan(data!.topic.exact.totalCount);
    expect(data!.topic.subtree.edges.every((e) => e.node.topic.path.startsWith("territory"))).toBe(true);
    const russian = data!.topic.subtree.edges.filter((e) => e.node.party.slug === "russia").length;
    expect(russian).toBeGreaterThan(0);
    expect(data!.topic.russia.edges.length).toBe(russian);
    const unknown = await api.gql(`{ topic(slug: "territory") { positions(parties: ["atlantis"]) { totalCount } } }`);
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: "NOT_FOUND", argument: "parties" });
  });
});
