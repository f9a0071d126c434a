// Events outside the talks, article metadata and date notes over HTTP on the seeded data; and a quote
// that backs an event or a reported movement cannot be deleted from under it.
import { encodeGlobalID } from "@pothos/plugin-relay";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../testing/harness.js";
import { signedInAs } from "../testing/users.js";

let api: TestApi;
let editor: Record<string, string>;
beforeAll(async () => {
  api = await startTestApi();
  const cookies = await signedInAs(api, ["EDITOR"]);
  editor = { cookie: cookies.EDITOR };
});
afterAll(async () => {
  await api?.stop();
});

interface EventRow {
  slug: string;
  type: string;
  occurred: { on: string | null; precision: string };
  places: { name: string }[];
  parties: { role: string; party: { slug: string } }[];
  evidence: { quote: string }[];
}
const EVENT = `slug type occurred { on precision } places { name } parties { role party { slug } } evidence { quote }`;
const events = async (filter: string) => {
  const { data, errors } = await api.gql<{ events: { totalCount: number; edges: { node: EventRow }[] } }>(
    `{ events(filter: ${filter}, first: 100) { totalCount edges { node { ${EVENT} } } } }`,
  );
  expect(errors).toBeUndefined();
  return data?.events.edges.map((e) => e.node) ?? [];
};

describe("events", () => {
  it("lists the strikes, dated as the sources date them, undated last, each with its quotes", async () => {
    const strikes = await events(`{ types: [STRIKE] }`);
    expect(strikes.map((e) => e.slug)).toContain("russian-strikes-energy-2026-02-03-04");
    expect(strikes.every((e) => e.type === "STRIKE" && e.evidence.length > 0)).toBe(true);
    const firstUndated = strikes.findIndex((e) => e.occurred.precision === "UNKNOWN");
    expect(firstUndated).toBeGreaterThan(0);
    expect(strikes.slice(firstUndated).every((e) => e.occurred.on === null)).toBe(true);
    const feb = strikes.find((e) => e.slug === "russian-strikes-energy-2026-02-03-04");
    expect(feb?.occurred).toEqual({ on: "2026-02-03", precision: "DAY" });
    expect(feb?.parties).toEqual(
      expect.arrayContaining([
        { role: "ACTOR", party: { slug: "russia" } },
        { role: "AFFECTED", party: { slug: "ukraine" } },
      ]),
    );
  });

  it("filters by party, place, topic, type and date range", async () => {
    expect((await events(`{ place: "odesa" }`)).map((e) => e.slug)).toEqual(["odesa-civilian-objects-hit"]);
    expect((await events(`{ parties: ["russia"] }`)).every((e) => e.parties.some((p) => p.party.slug === "russia"))).toBe(true);
    const inFeb = await events(`{ occurred: { from: "2026-02-01", to: "2026-02-28" } }`);
    expect(inFeb.length).toBeGreaterThan(0);
    expect(inFeb.every((e) => e.occurred.on?.startsWith("2026-02"))).toBe(true);
    expect((await events(`{ types: [TREATY] }`)).map((e) => e.slug)).toContain("new-start-expires-2026-02-05");
    expect((await events(`{ topic: "energy-infrastructure-truce" }`)).map((e) => e.slug)).toContain("russian-strikes-energy-2026-02-03-04");
    const { errors } = await api.gql(`{ events(filter: { parties: ["Rusland"] }) { totalCount } }`);
    expect(errors?.[0]?.extensions).toMatchObject({ code: "NOT_FOUND", argument: "filter.parties" });
  });

  it("shows the events on a party, a topic, a quote and next to the positions of a timeline", async () => {
    const { data, errors } = await api.gql<{
      party: { events: { totalCount: number; edges: { node: { role: string; event: { slug: string } } }[] } } | null;
      timeline: { events: { slug: string; occurred: { precision: string } }[] };
    }>(
      `{ party(slug: "ukraine") { events(first: 100) { totalCount edges { node { role event { slug } } } } }
         timeline(party: "ukraine", topic: "territory") { events { slug occurred { precision } } } }`,
    );
    expect(errors).toBeUndefined();
    expect(data?.party?.events.edges.map((e) => e.node.event.slug)).toContain("russian-strikes-energy-2026-02-03-04");
    const timeline = data?.timeline.events ?? [];
    expect(timeline.map((e) => e.slug)).toContain("russian-strikes-energy-2026-02-03-04");
    const firstUndated = timeline.findIndex((e) => e.occurred.precision === "UNKNOWN");
    if (firstUndated >= 0) expect(timeline.slice(firstUndated).every((e) => e.occurred.precision === "UNKNOWN")).toBe(true);
  });

  it("hides a draft event from anonymous callers, in lists and by id", async () => {
    const row = await api.database.db.event.update({ where: { slug: "odesa-civilian-objects-hit" }, data: { status: "DRAFT" } });
    try {
      expect(await events(`{ place: "Odesa" }`)).toEqual([]);
      const { data } = await api.gql<{ node: { id: string } | null }>(`query($id: ID!) { node(id: $id) { id } }`, { id: encodeGlobalID("Event", row.id) });
      expect(data?.node).toBeNull();
    } finally {
      await api.database.db.event.update({ where: { id: row.id }, data: { status: "PUBLISHED" } });
    }
  });
});

describe("article metadata and date notes", () => {
  it("gives an article's contributors with their roles, its sources and the note on its date", async () => {
    const { data, errors } = await api.gql<{
      articles: {
        edges: {
          node: {
            slug: string;
            published: { precision: string };
            dateNote: string | null;
            contributors: { name: string; role: string }[];
            sources: { title: string; citation: string }[];
          };
        }[];
      };
    }>(`{ articles(first: 100) { edges { node { slug published { precision } dateNote contributors { name role } sources { title citation } } } } }`);
    expect(errors).toBeUndefined();
    const articles = data?.articles.edges.map((e) => e.node) ?? [];
    expect(articles.some((a) => a.contributors.some((c) => c.role === "AUTHOR"))).toBe(true);
    expect(articles.some((a) => a.contributors.some((c) => c.role === "EDITOR"))).toBe(true);
    expect(articles.find((a) => a.slug === "kremlin-talks-no-territorial-breakthrough")?.sources.some((s) => s.citation === "LISTED")).toBe(true);
    for (const a of articles.filter((x) => x.published.precision === "UNKNOWN")) expect(a.dateNote, a.slug).toBeTruthy();
  });

  it("gives the editor's note on an undated position, whose date stays unknown", async () => {
    const { data } = await api.gql<{ positions: { edges: { node: { stated: { on: string | null; precision: string }; dateNote: string | null } }[] } }>(
      `{ positions(filter: { parties: ["ukraine"], topic: "territory", includeSubtopics: false }) { edges { node { stated { on precision } dateNote } } } }`,
    );
    const undated = data?.positions.edges.map((e) => e.node).filter((p) => p.stated.precision === "UNKNOWN") ?? [];
    expect(undated.length).toBeGreaterThan(0);
    for (const p of undated) {
      expect(p.stated.on).toBeNull();
      expect(p.dateNote).toMatch(/Undated/);
    }
  });
});

describe("a quote in use", () => {
  const STATE = `mutation($id: ID!, $v: Int!, $c: RecordStateChange!) { changeState(id: $id, version: $v, change: $c) { version deleted } }`;
  const deleteQuote = async (evidenceId: string) => {
    const { version } = await api.database.db.evidence.findUniqueOrThrow({ where: { id: evidenceId }, select: { version: true } });
    return api.gql(STATE, { id: encodeGlobalID("Evidence", evidenceId), v: version, c: "DELETE" }, editor);
  };

  it("cannot be deleted while it reports an event", async () => {
    const link = await api.database.db.eventEvidence.findFirstOrThrow({ where: { event: { slug: "new-start-expires-2026-02-05" } } });
    const refused = await deleteQuote(link.evidenceId);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "id" });
    expect(refused.errors?.[0]?.extensions?.eventIds).toEqual([link.eventId]);
    expect(refused.errors?.[0]?.message).toContain("event");
    expect((await api.database.db.evidence.findUniqueOrThrow({ where: { id: link.evidenceId } })).deletedAt).toBeNull();
  });

  it("cannot be deleted while it backs a reported movement", async () => {
    const position = await api.database.db.position.findFirstOrThrow({
      where: { reportedMovementEvidenceId: { not: null } },
      select: { id: true, reportedMovementEvidenceId: true },
    });
    const refused = await deleteQuote(position.reportedMovementEvidenceId ?? "");
    expect(refused.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(refused.errors?.[0]?.extensions?.reportedMovementPositionIds).toEqual([position.id]);
  });
});
