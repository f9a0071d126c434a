// The query fixes of issue 12, over HTTP on the seeded data: each fails without its fix.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../testing/harness.js";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api?.stop();
});

describe("partyAcrossRounds", () => {
  it("returns rows for the example in docs/api.md, which selects no round dates", async () => {
    const { data, errors } = await api.gql<{
      partyAcrossRounds: { rounds: { title: string }[]; cells: { round: { slug: string }; topic: { name: string }; stance: string }[] };
    }>(`{ partyAcrossRounds(party: "ukraine", process: "abu-dhabi-trilateral") { rounds { title } cells { round { slug } topic { name } stance } } }`);
    expect(errors).toBeUndefined();
    expect(data?.partyAcrossRounds.rounds.length).toBeGreaterThanOrEqual(2);
    expect(data?.partyAcrossRounds.cells.length).toBeGreaterThan(0);
    expect(new Set(data?.partyAcrossRounds.cells.map((c) => c.round.slug))).toContain("abu-dhabi-2");
  });

  it("returns the same cells whether or not the rounds' dates are selected", async () => {
    const cells = async (roundFields: string) =>
      (
        await api.gql<{ partyAcrossRounds: { cells: { round: { slug: string }; topic: { slug: string }; stance: string }[] } }>(
          `{ partyAcrossRounds(party: "russia") { rounds { ${roundFields} } cells { round { slug } topic { slug } stance } } }`,
        )
      ).data?.partyAcrossRounds.cells ?? [];
    const withDates = await cells("slug start { on } end { on }");
    expect(withDates.length).toBeGreaterThan(0);
    expect(await cells("slug")).toEqual(withDates);
  });
});

describe("article search", () => {
  const articleSlugs = async (text: string) =>
    (
      await api.gql<{ articles: { edges: { node: { slug: string; body: string } }[] } }>(
        `query($t: String!) { articles(filter: { text: $t }) { edges { node { slug body } } } }`,
        { t: text },
      )
    ).data?.articles.edges.map((e) => e.node) ?? [];

  it("finds the articles that write Poetin when asked for Putin", async () => {
    const found = await articleSlugs("Putin");
    expect(found.some((a) => a.body.includes("Poetin") && !a.body.includes("Putin"))).toBe(true);
    expect(found.length).toBe(5);
  });

  it("finds Kostjoekov when asked for Kostyukov, and the other way round", async () => {
    for (const name of ["Kostyukov", "Kostjoekov"]) {
      const bodies = (await articleSlugs(name)).map((a) => a.body);
      expect(bodies.some((b) => b.includes("Kostjoekov"))).toBe(true);
      expect(bodies.some((b) => b.includes("Kostyukov"))).toBe(true);
    }
  });

  it("widens searchArticles the same way", async () => {
    const { data } = await api.gql<{ searchArticles: { totalCount: number; edges: { node: { snippet: string } }[] } }>(
      `{ searchArticles(query: "Kostyukov") { totalCount edges { node { snippet } } } }`,
    );
    expect(data?.searchArticles.totalCount).toBeGreaterThanOrEqual(2);
    expect(data?.searchArticles.edges.some((e) => e.node.snippet.includes("<mark>Kostjoekov</mark>"))).toBe(true);
  });

  it("keeps words that name nothing as they are", async () => {
    expect((await articleSlugs("Pokrovsk")).length).toBeGreaterThan(0);
    expect(await articleSlugs("xylofoonwinkel")).toEqual([]);
  });
});

describe("slug filters", () => {
  it("take a global id as well as a slug", async () => {
    const party = await api.gql<{ parties: { edges: { node: { id: string; slug: string } }[] } }>(
      `{ parties(filter: { text: "russia" }) { edges { node { id slug } } } }`,
    );
    const russia = party.data?.parties.edges.map((e) => e.node).find((p) => p.slug === "russia");
    expect(russia).toBeDefined();
    const count = async (value: string) =>
      (
        await api.gql<{ positions: { totalCount: number } }>(`query($p: String!) { positions(filter: { parties: [$p], topic: "territory" }) { totalCount } }`, {
          p: value,
        })
      ).data?.positions.totalCount;
    const bySlug = await count("russia");
    expect(bySlug).toBeGreaterThan(0);
    expect(await count(russia?.id ?? "")).toBe(bySlug);
  });

  it("answer NOT_FOUND for an unknown slug, with the closest matches by alias", async () => {
    const { errors } = await api.gql(`{ positions(filter: { parties: ["Rusland"] }) { totalCount } }`);
    expect(errors?.[0]?.extensions).toMatchObject({ code: "NOT_FOUND", argument: "filter.parties" });
    expect(errors?.[0]?.extensions?.suggestions).toContain("russia");
    expect(errors?.[0]?.message).toContain('"russia"');
    const timeline = await api.gql(`{ timeline(party: "oekraine", topic: "territory") { entries { movement } } }`);
    expect(timeline.errors?.[0]?.extensions).toMatchObject({ code: "NOT_FOUND", argument: "party" });
    expect(timeline.errors?.[0]?.extensions?.suggestions).toContain("ukraine");
  });

  it("do not take another type's global id", async () => {
    const topic = await api.gql<{ topics: { edges: { node: { id: string } }[] } }>(`{ topics(first: 1) { edges { node { id } } } }`);
    const id = topic.data?.topics.edges[0]?.node.id;
    expect(id).toBeDefined();
    const { errors } = await api.gql(`query($p: String!) { positions(filter: { parties: [$p] }) { totalCount } }`, { p: id });
    expect(errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});

describe("rounds", () => {
  it("counts as held only the rounds the sources report as held, not a cancelled one on the same days", async () => {
    const { data, errors } = await api.gql<{ rounds: { edges: { node: { slug: string; roundStatus: string } }[] } }>(
      `{ rounds(filter: { held: { from: "2026-02-01", to: "2026-02-28" } }) { edges { node { slug roundStatus } } } }`,
    );
    expect(errors).toBeUndefined();
    const rounds = data?.rounds.edges.map((e) => e.node) ?? [];
    expect(rounds.map((r) => r.slug)).toContain("abu-dhabi-2");
    expect(rounds.map((r) => r.slug)).not.toContain("us-iran-2026-02-06");
    expect(rounds.every((r) => r.roundStatus === "HELD")).toBe(true);
  });

  it("filter a round's evidence by aspect", async () => {
    type Rounds = { rounds: { edges: { node: { evidence: { aspect: string }[] } }[] } };
    const q = `query($a: [RoundAspect!]) { rounds(first: 100) { edges { node { slug evidence(aspects: $a) { aspect } } } } }`;
    const all = (await api.gql<Rounds>(q, {})).data?.rounds.edges.flatMap((r) => r.node.evidence) ?? [];
    expect(new Set(all.map((e) => e.aspect)).size).toBeGreaterThan(1);
    const dates = (await api.gql<Rounds>(q, { a: ["DATE"] })).data?.rounds.edges.flatMap((r) => r.node.evidence) ?? [];
    expect(dates.length).toBeGreaterThan(0);
    expect(dates.every((e) => e.aspect === "DATE")).toBe(true);
    expect(dates.length).toBeLessThan(all.length);
  });
});
