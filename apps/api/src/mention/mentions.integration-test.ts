import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { normalizeName } from "@parley/domain";
import { startTestApi, type TestApi } from "../testing/harness.js";
import { signedInAs } from "../testing/users.js";

let api: TestApi;
let statements = 0;
let editorCookie = "";
beforeAll(async () => {
  api = await startTestApi({ onQuery: () => void statements++ });
  editorCookie = (await signedInAs(api, ["EDITOR"])).EDITOR;
});
afterAll(async () => {
  await api?.stop();
});

interface Mention {
  kind: string;
  slug: string | null;
  name: string;
  count: number;
  aliases: string[];
  occurrences: { alias: string; text: string; start: number; end: number }[];
}

const MENTIONS = `query($slug: String!) { article(slug: $slug) { body mentions { kind recordId slug name count aliases occurrences { alias text start end } } } }`;

async function mentionsOf(slug: string, headers: Record<string, string> = {}): Promise<{ body: string; mentions: Mention[] }> {
  const { data, errors } = await api.gql<{ article: { body: string; mentions: Mention[] } | null }>(MENTIONS, { slug }, headers);
  expect(errors).toBeUndefined();
  if (!data?.article) throw new Error(`no article ${slug}`);
  return data.article;
}

describe("Article.mentions", () => {
  it("finds Kostyukov under each article's own spelling, at offsets that slice the body to it", async () => {
    for (const [slug, spelling] of [
      ["abu-dhabi-talks-resume", "Kostjoekov"],
      ["abu-dhabi-second-round-escalation", "Kostyukov"],
    ] as const) {
      const { body, mentions } = await mentionsOf(slug);
      const kostyukov = mentions.find((m) => m.slug === "igor-kostyukov");
      expect(kostyukov, slug).toMatchObject({ kind: "PERSON", name: "Igor Kostyukov" });
      expect(kostyukov?.occurrences.length).toBe(kostyukov?.count);
      for (const o of kostyukov?.occurrences ?? []) {
        expect(body.slice(o.start, o.end)).toBe(o.text);
        expect(normalizeName(o.text)).toBe(normalizeName(o.alias));
      }
      expect(kostyukov?.occurrences.some((o) => o.text.includes(spelling))).toBe(true);
    }
  });

  it("lists people, parties, topics and places, most mentioned first, each with a global id but places", async () => {
    const { mentions } = await mentionsOf("abu-dhabi-talks-resume");
    const kinds = new Set(mentions.map((m) => m.kind));
    expect(kinds).toContain("PERSON");
    expect(kinds).toContain("PARTY");
    const counts = mentions.map((m) => m.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(mentions.find((m) => m.slug === "ukraine")?.count).toBeGreaterThan(1);
    for (const m of mentions) expect(m.slug === null).toBe(m.kind === "PLACE");
  });

  it("reads the aliases once per data version: statements do not grow with the number of articles", async () => {
    const query = `query($n: Int!) { articles(first: $n) { edges { node { slug mentions { slug count } } } } }`;
    // Signed in, so the response cache (published reads only) stays out of the count; the first read loads the catalog.
    const staff = { cookie: editorCookie };
    await api.gql(query, { n: 1 }, staff);
    const counted: number[] = [];
    for (const n of [1, 4]) {
      statements = 0;
      const { data } = await api.gql<{ articles: { edges: { node: { mentions: unknown[] } }[] } }>(query, { n }, staff);
      expect(data?.articles.edges.length).toBe(n);
      counted.push(statements);
    }
    expect(counted[0]).toBeGreaterThan(0);
    expect(counted[1]).toBe(counted[0]);
  });

  it("sees a new alias as soon as it is saved, and drafts only when signed in", async () => {
    const db = api.database.db;
    const person = await db.person.create({
      data: { slug: "test-draft-delegate", name: "Testina Draftova", status: "DRAFT", aliases: { create: [{ name: "haai", normalized: "haai" }] } },
    });
    try {
      const anonymous = await mentionsOf("abu-dhabi-talks-resume");
      expect(anonymous.mentions.some((m) => m.slug === person.slug)).toBe(false);
      const staff = await mentionsOf("abu-dhabi-talks-resume", { cookie: editorCookie });
      expect(staff.mentions.find((m) => m.slug === person.slug)?.aliases).toEqual(["haai"]);
    } finally {
      await db.person.delete({ where: { id: person.id } });
    }
  });
});
