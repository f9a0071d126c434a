import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_SEED_DIR, planSeed } from "@parley/db/seed";
import { startTestApi, type TestApi } from "../testing/harness.js";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api?.stop();
});

describe("name search", () => {
  it.each([
    ["Poetin", "vladimir-putin"],
    ["Putin", "vladimir-putin"],
    ["Kostjoekov", "igor-kostyukov"],
    ["kostyukov", "igor-kostyukov"],
    ["Oesjakov", "yuri-ushakov"],
    ["Ushakov", "yuri-ushakov"],
    ["Zelenskyy", "volodymyr-zelensky"],
    ["ZELENSKÝ", "volodymyr-zelensky"],
  ])("finds %s as %s", async (spelling, slug) => {
    const { data, errors } = await api.gql<{ searchNames: { kind: string; person: { slug: string } | null }[] }>(
      `query($q: String!) { searchNames(query: $q, kinds: [PERSON]) { kind matched score person { slug name } } }`,
      { q: spelling },
    );
    expect(errors).toBeUndefined();
    expect(data!.searchNames[0]?.person?.slug).toBe(slug);
  });

  it("finds the owner of every alias in the seed catalog first, as written and with diacritics stripped", async () => {
    const plan = await planSeed(DEFAULT_SEED_DIR);
    const slugOf = new Map([...plan.people, ...plan.parties, ...plan.topics].map((r) => [r.id!, r.slug]));
    const aliases = [
      ...plan.personAliases.map((a) => ({ kind: "PERSON", name: a.name, owner: slugOf.get(a.personId)! })),
      ...plan.partyAliases.map((a) => ({ kind: "PARTY", name: a.name, owner: slugOf.get(a.partyId)! })),
      ...plan.topicAliases.map((a) => ({ kind: "TOPIC", name: a.name, owner: slugOf.get(a.topicId)! })),
    ];
    // A spelling several records share (none today) may name any of them.
    const owners = new Map<string, Set<string>>();
    for (const a of aliases) owners.set(`${a.kind}:${a.name.toLowerCase()}`, (owners.get(`${a.kind}:${a.name.toLowerCase()}`) ?? new Set()).add(a.owner));
    expect(aliases.length).toBeGreaterThan(50);
    const strip = (name: string) => name.normalize("NFD").replace(/\p{M}/gu, "").normalize("NFC");
    const misses: string[] = [];
    for (const alias of aliases) {
      for (const query of new Set([alias.name, strip(alias.name)])) {
        const { data, errors } = await api.gql<{
          searchNames: { person: { slug: string } | null; party: { slug: string } | null; topic: { slug: string } | null }[];
        }>(`query($q: String!, $k: [NameKind!]) { searchNames(query: $q, kinds: $k, first: 1) { person { slug } party { slug } topic { slug } } }`, {
          q: query,
          k: [alias.kind],
        });
        expect(errors).toBeUndefined();
        const top = data!.searchNames[0];
        const slug = top?.person?.slug ?? top?.party?.slug ?? top?.topic?.slug;
        if (!slug || !owners.get(`${alias.kind}:${alias.name.toLowerCase()}`)!.has(slug))
          misses.push(`${alias.kind} "${query}" → ${slug ?? "nothing"} (expected ${alias.owner})`);
      }
    }
    expect(misses).toEqual([]);
  });

  it("finds topics and parties under their Dutch names, ignoring diacritics", async () => {
    const { data } = await api.gql<{ a: { topic: { slug: string } }[]; b: { party: { slug: string } }[] }>(
      `{ a: searchNames(query: "Zaporizja", kinds: [TOPIC]) { topic { slug } } b: searchNames(query: "Oekraine", kinds: [PARTY]) { party { slug } } }`,
    );
    expect(data?.a.map((h) => h.topic.slug)).toContain("zaporizhzhia-region");
    expect(data?.b[0]?.party.slug).toBe("ukraine");
  });

  it("rejects a one-letter query with a typed error", async () => {
    const { errors } = await api.gql(`{ searchNames(query: "P") { matched } }`);
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "query" });
  });
});

describe("article search", () => {
  it("matches Dutch inflections, ranks, and highlights", async () => {
    const { data, errors } = await api.gql<{
      searchArticles: { totalCount: number; edges: { node: { rank: number; snippet: string; article: { slug: string } } }[] };
    }>(`{ searchArticles(query: "onderhandeling", first: 5) { totalCount edges { node { rank snippet article { slug title } } } } }`);
    expect(errors).toBeUndefined();
    const hits = data!.searchArticles.edges.map((e) => e.node);
    expect(hits.length).toBeGreaterThan(0);
    expect(data!.searchArticles.totalCount).toBeGreaterThanOrEqual(hits.length);
    expect(hits[0]!.snippet).toMatch(/<mark>[^<]*onderhandel/i);
    for (let i = 1; i < hits.length; i++) expect(hits[i - 1]!.rank).toBeGreaterThanOrEqual(hits[i]!.rank);
  });

  it("finds nothing for words the corpus lacks", async () => {
    const { data } = await api.gql<{ searchArticles: { totalCount: number } }>(`{ searchArticles(query: "zeppelin") { totalCount } }`);
    expect(data!.searchArticles.totalCount).toBe(0);
  });
});
