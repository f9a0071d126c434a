import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../testing/harness.js";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api?.stop();
});

describe("operations endpoints", () => {
  it("answers /healthz and /readyz", async () => {
    expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${api.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ready" });
  });

  it("tags every response with a request id", async () => {
    const response = await fetch(`${api.url}/healthz`, { headers: { "x-request-id": "test-123" } });
    expect(response.headers.get("x-request-id")).toBe("test-123");
    expect((await fetch(`${api.url}/healthz`)).headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe("reading the seed data over GraphQL", () => {
  it("lists the rounds in time order with their dates", async () => {
    const { data, errors } = await api.gql<{ rounds: { totalCount: number; edges: { node: { slug: string; start: { on: string | null } } }[] } }>(
      `{ rounds(first: 50) { totalCount edges { node { slug start { on precision text } } } } }`,
    );
    expect(errors).toBeUndefined();
    const slugs = data!.rounds.edges.map((e) => e.node.slug);
    expect(slugs).toContain("abu-dhabi-1");
    expect(slugs.indexOf("abu-dhabi-1")).toBeLessThan(slugs.indexOf("abu-dhabi-2"));
    expect(data!.rounds.totalCount).toBe(slugs.length);
  });

  it("reads a round with its delegations, positions and the quotes behind them", async () => {
    const { data, errors } = await api.gql<{
      round: {
        delegations: { party: { slug: string }; members: { role: string; person: { name: string } }[] }[];
        positions: { edges: { node: { stance: string; evidence: { quote: string; article: { body: string }; startOffset: number; endOffset: number }[] } }[] };
      };
    }>(`{
      round(slug: "abu-dhabi-2") {
        delegations { party { slug } members { role attendance person { name } } }
        positions(first: 50) { edges { node { stance evidence { quote startOffset endOffset article { body } } } } }
      }
    }`);
    expect(errors).toBeUndefined();
    const ukraine = data!.round.delegations.find((d) => d.party.slug === "ukraine");
    expect(ukraine?.members.find((m) => m.role === "HEAD")?.person.name).toBe("Rustem Umerov");
    const positions = data!.round.positions.edges.map((e) => e.node);
    expect(positions.length).toBeGreaterThan(0);
    for (const p of positions) {
      expect(p.evidence.length).toBeGreaterThan(0);
      for (const e of p.evidence) expect(e.article.body.slice(e.startOffset, e.endOffset)).toBe(e.quote);
    }
  });

  it("fetches any record by its global id", async () => {
    const { data } = await api.gql<{ party: { id: string } }>(`{ party(slug: "russia") { id } }`);
    const { data: viaNode } = await api.gql<{ node: { __typename: string; name: string } }>(
      `query($id: ID!) { node(id: $id) { __typename ... on Party { name } } }`,
      { id: data!.party.id },
    );
    expect(viaNode!.node).toEqual({ __typename: "Party", name: "Russia" });
  });
});

describe("errors", () => {
  it("reports a syntax error as a typed client error without a stack trace", async () => {
    const response = await api.gql(`{ rounds { `);
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions?.code).toBe("GRAPHQL_PARSE_FAILED");
    expect(JSON.stringify(response.errors)).not.toMatch(/stacktrace|at .*\.ts:/);
  });

  it("reports an unknown field as a validation error", async () => {
    const response = await api.gql(`{ rounds { nope } }`);
    expect(response.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });
});

describe("filters", () => {
  it("narrow articles by language, outlet and date, and rounds by process, party and date", async () => {
    const { data, errors } = await api.gql<{
      nl: { totalCount: number };
      en: { totalCount: number };
      outlet: { totalCount: number };
      feb: { totalCount: number };
      abuDhabi: { edges: { node: { slug: string } }[] };
      withUkraine: { totalCount: number };
      held2026: { totalCount: number };
    }>(`{
      nl: articles(filter: { language: "nl" }) { totalCount }
      en: articles(filter: { language: "en" }) { totalCount }
      outlet: articles(filter: { outlet: "business-am" }) { totalCount }
      feb: articles(filter: { published: { from: "2026-02-01", to: "2026-02-28" } }) { totalCount }
      abuDhabi: rounds(filter: { process: "abu-dhabi-trilateral" }) { edges { node { slug } } }
      withUkraine: rounds(filter: { party: "ukraine" }) { totalCount }
      held2026: rounds(filter: { held: { from: "2026-01-01" } }) { totalCount }
    }`);
    expect(errors).toBeUndefined();
    expect(data!.nl.totalCount).toBe(5);
    expect(data!.en.totalCount).toBe(0);
    expect(data!.outlet.totalCount).toBe(1);
    expect(data!.feb.totalCount).toBe(2);
    expect(data!.abuDhabi.edges.map((e) => e.node.slug)).toEqual(["abu-dhabi-1", "abu-dhabi-2"]);
    expect(data!.withUkraine.totalCount).toBeGreaterThanOrEqual(4);
    expect(data!.held2026.totalCount).toBeGreaterThanOrEqual(3);
  });

  it("filter positions by party, topic subtree, stance and date", async () => {
    const { data } = await api.gql<{
      all: { totalCount: number };
      subtree: { totalCount: number };
      exact: { totalCount: number };
      demanding: { totalCount: number };
      recent: { totalCount: number };
    }>(`{
      all: positions(filter: { parties: ["russia"] }) { totalCount }
      subtree: positions(filter: { parties: ["russia"], topic: "territory" }) { totalCount }
      exact: positions(filter: { parties: ["russia"], topic: "territory", includeSubtopics: false }) { totalCount }
      demanding: positions(filter: { parties: ["russia"], stances: [DEMANDS] }) { totalCount }
      recent: positions(filter: { parties: ["russia"], stated: { from: "2026-01-01" } }) { totalCount }
    }`);
    expect(data!.subtree.totalCount).toBeGreaterThan(data!.exact.totalCount);
    expect(data!.all.totalCount).toBeGreaterThanOrEqual(data!.subtree.totalCount);
    expect(data!.demanding.totalCount).toBeLessThanOrEqual(data!.all.totalCount);
    expect(data!.recent.totalCount).toBeLessThan(data!.all.totalCount);
  });
});
