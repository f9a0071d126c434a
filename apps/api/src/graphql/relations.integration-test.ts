// Relations read in both directions: a topic's demands and rounds, a party's rounds, delegations and
// proposals, a person's delegation seats, a proposal version's positions (and back). Each new list agrees
// with the forward relation, pages by cursor, hides drafts from anonymous and partner callers, and costs
// the same SQL statements whatever the page size.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiKey } from "../platform/security/api-keys.js";
import { startTestApi, type TestApi } from "../testing/harness.js";
import { signedInAs } from "../testing/users.js";

let api: TestApi;
let statements = 0;
let partner: Record<string, string>;
let editor: Record<string, string>;

beforeAll(async () => {
  api = await startTestApi({ onQuery: () => void statements++ });
  partner = { "x-api-key": (await createApiKey(api.database.db, { name: "relations partner" })).key };
  editor = { cookie: (await signedInAs(api, ["EDITOR"])).EDITOR };
});
afterAll(async () => {
  await api?.stop();
});

interface Page<T> {
  totalCount: number;
  pageInfo?: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: T }[];
}

async function read<T>(query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}): Promise<T> {
  const { data, errors } = await api.gql<T>(query, variables, headers);
  expect(errors, JSON.stringify(errors)).toBeUndefined();
  return data!;
}

/** Every caller that must not see drafts, then an editor (who must). */
const readers = () =>
  [
    ["anonymous", {}],
    ["partner", partner],
  ] as const;

/** Marks one record DRAFT for the duration of `check`, then publishes it again (the suite shares its database). */
async function whileDraft(
  table: "Round" | "Demand" | "Party" | "Proposal" | "Position" | "Delegation",
  where: string,
  check: () => Promise<void>,
): Promise<void> {
  const db = api.database.db;
  const changed = await db.$executeRawUnsafe(`UPDATE "${table}" SET status = 'DRAFT' WHERE ${where}`);
  expect(changed).toBe(1);
  try {
    await check();
  } finally {
    await db.$executeRawUnsafe(`UPDATE "${table}" SET status = 'PUBLISHED' WHERE ${where}`);
  }
}

/** Reads a connection one item at a time by cursor; must give the same items as one big page. */
async function pageByOne<T>(pageAt: (after: string | null) => Promise<Page<T>>): Promise<T[]> {
  const items: T[] = [];
  let after: string | null = null;
  for (let i = 0; i < 50; i++) {
    const page: Page<T> = await pageAt(after);
    expect(page.edges.length).toBeLessThanOrEqual(1);
    items.push(...page.edges.map((e) => e.node));
    if (!page.pageInfo!.hasNextPage) return items;
    after = page.pageInfo!.endCursor;
  }
  throw new Error("paging did not end");
}

/** Dated first in ascending order, undated last. */
function expectTimeOrder(dates: (string | null)[]) {
  const dated = dates.filter((d): d is string => d !== null);
  expect(dated).toEqual([...dated].sort());
  expect(dates.slice(0, dated.length)).toEqual(dated);
}

describe("Topic → demands", () => {
  const QUERY = `query($slug: String!) { topic(slug: $slug) { demands(first: 100) { totalCount edges { node { slug topic { slug } raised { on } } } } } }`;
  type Result = { topic: { demands: Page<{ slug: string; topic: { slug: string }; raised: { on: string | null } }> } };

  it("lists the demands on exactly this topic, oldest first, as the forward filter does", async () => {
    const { topic } = await read<Result>(QUERY, { slug: "territory" });
    const slugs = topic.demands.edges.map((e) => e.node.slug);
    expect(slugs).toContain("russia-ukraine-leaves-four-regions");
    expect(topic.demands.totalCount).toBe(slugs.length);
    for (const e of topic.demands.edges) expect(e.node.topic.slug).toBe("territory");
    expectTimeOrder(topic.demands.edges.map((e) => e.node.raised.on));
    const forward = await read<{ demands: Page<{ slug: string }> }>(
      `{ demands(first: 100, filter: { topic: "territory", includeSubtopics: false }) { edges { node { slug } } } }`,
    );
    expect(new Set(slugs)).toEqual(new Set(forward.demands.edges.map((e) => e.node.slug)));
  });

  it("hides a draft demand from anonymous and partner callers, not from editors", async () => {
    const before = (await read<Result>(QUERY, { slug: "territory" })).topic.demands.totalCount;
    await whileDraft("Demand", `slug = 'russia-ukraine-leaves-four-regions'`, async () => {
      for (const [who, headers] of readers()) {
        const { topic } = await read<Result>(QUERY, { slug: "territory" }, headers);
        expect(
          topic.demands.edges.map((e) => e.node.slug),
          who,
        ).not.toContain("russia-ukraine-leaves-four-regions");
        expect(topic.demands.totalCount, who).toBe(before - 1);
      }
      const staff = await read<Result>(QUERY, { slug: "territory" }, editor);
      expect(staff.topic.demands.edges.map((e) => e.node.slug)).toContain("russia-ukraine-leaves-four-regions");
    });
  });
});

describe("Topic → rounds with it on the agenda", () => {
  const QUERY = `query($slug: String!, $first: Int, $after: String) { topic(slug: $slug) {
    rounds(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { slug start { on } agenda { slug } } } }
  } }`;
  type Round = { slug: string; start: { on: string | null }; agenda: { slug: string }[] };
  type Result = { topic: { rounds: Page<Round> } };

  it("lists the rounds whose agenda holds the topic, in time order, the same as rounds(filter: { topic })", async () => {
    const { topic } = await read<Result>(QUERY, { slug: "ceasefire", first: 100 });
    const slugs = topic.rounds.edges.map((e) => e.node.slug);
    expect(slugs).toEqual(expect.arrayContaining(["abu-dhabi-2", "kremlin-2025-12-02", "trump-putin-pause-discussion"]));
    expect(topic.rounds.totalCount).toBe(slugs.length);
    for (const e of topic.rounds.edges) expect(e.node.agenda.map((t) => t.slug)).toContain("ceasefire");
    expectTimeOrder(topic.rounds.edges.map((e) => e.node.start.on));
    const forward = await read<{ rounds: Page<{ slug: string }> }>(
      `{ rounds(first: 100, filter: { topic: "ceasefire", includeSubtopics: false }) { edges { node { slug } } } }`,
    );
    expect(slugs).toEqual(forward.rounds.edges.map((e) => e.node.slug));
  });

  it("pages by cursor through the same rounds in the same order", async () => {
    const all = (await read<Result>(QUERY, { slug: "ceasefire", first: 100 })).topic.rounds.edges.map((e) => e.node.slug);
    expect(all.length).toBeGreaterThan(2);
    const paged = await pageByOne(async (after) => (await read<Result>(QUERY, { slug: "ceasefire", first: 1, after })).topic.rounds);
    expect(paged.map((r) => r.slug)).toEqual(all);
  });

  it("hides a draft round from anonymous and partner callers, not from editors", async () => {
    const before = (await read<Result>(QUERY, { slug: "ceasefire", first: 100 })).topic.rounds.totalCount;
    await whileDraft("Round", `slug = 'kremlin-2025-12-02'`, async () => {
      for (const [who, headers] of readers()) {
        const { topic } = await read<Result>(QUERY, { slug: "ceasefire", first: 100 }, headers);
        expect(
          topic.rounds.edges.map((e) => e.node.slug),
          who,
        ).not.toContain("kremlin-2025-12-02");
        expect(topic.rounds.totalCount, who).toBe(before - 1);
      }
      const staff = await read<Result>(QUERY, { slug: "ceasefire", first: 100 }, editor);
      expect(staff.topic.rounds.edges.map((e) => e.node.slug)).toContain("kremlin-2025-12-02");
    });
  });
});

describe("Party → rounds, delegations and proposals", () => {
  const QUERY = `query($slug: String!, $first: Int, $after: String) { party(slug: $slug) {
    participations(first: $first) { totalCount edges { node { role round { slug start { on } } } } }
    delegations(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node {
      party { slug } round { slug start { on } delegations { party { slug } } } members { role person { slug } }
    } } }
    proposals(first: $first) { totalCount edges { node { slug authorParty { slug } } } }
  } }`;
  type Delegation = {
    party: { slug: string };
    round: { slug: string; start: { on: string | null }; delegations: { party: { slug: string } }[] };
    members: { role: string; person: { slug: string } }[];
  };
  type Result = {
    party: {
      participations: Page<{ role: string; round: { slug: string; start: { on: string | null } } }>;
      delegations: Page<Delegation>;
      proposals: Page<{ slug: string; authorParty: { slug: string } | null }>;
    };
  };

  it("lists the rounds a party took part in, with its role, matching rounds(filter: { party })", async () => {
    const { party } = await read<Result>(QUERY, { slug: "united-states", first: 100 });
    const seats = party.participations.edges.map((e) => `${e.node.round.slug}:${e.node.role}`);
    expect(seats).toEqual(expect.arrayContaining(["abu-dhabi-2:MEDIATOR", "miami-2026-01:HOST", "kremlin-2025-12-02:PARTICIPANT"]));
    expect(party.participations.totalCount).toBe(seats.length);
    expectTimeOrder(party.participations.edges.map((e) => e.node.round.start.on));
    const forward = await read<{ rounds: Page<{ slug: string }> }>(`{ rounds(first: 100, filter: { party: "united-states" }) { edges { node { slug } } } }`);
    expect(new Set(party.participations.edges.map((e) => e.node.round.slug))).toEqual(new Set(forward.rounds.edges.map((e) => e.node.slug)));
    // The cursor names round, party and role.
    const PAGE = `query($after: String) { party(slug: "united-states") { participations(first: 1, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { role round { slug } } } } } }`;
    type PageResult = { party: { participations: Page<{ role: string; round: { slug: string } }> } };
    const paged = await pageByOne(async (after) => (await read<PageResult>(PAGE, { after })).party.participations);
    expect(paged.map((p) => `${p.round.slug}:${p.role}`)).toEqual(seats);
  });

  it("lists its delegations in round order, each also among its round's delegations", async () => {
    const { party } = await read<Result>(QUERY, { slug: "united-states", first: 100 });
    const rounds = party.delegations.edges.map((e) => e.node.round.slug);
    expect(rounds).toEqual(expect.arrayContaining(["abu-dhabi-2", "kremlin-2025-12-02", "trump-putin-pause-discussion"]));
    expect(party.delegations.totalCount).toBe(rounds.length);
    expectTimeOrder(party.delegations.edges.map((e) => e.node.round.start.on));
    for (const { node } of party.delegations.edges) {
      expect(node.party.slug).toBe("united-states");
      expect(node.round.delegations.map((d) => d.party.slug)).toContain("united-states");
    }
    const kremlin = party.delegations.edges.find((e) => e.node.round.slug === "kremlin-2025-12-02")!.node;
    expect(kremlin.members.map((m) => m.person.slug)).toEqual(expect.arrayContaining(["steve-witkoff", "jared-kushner"]));
    const paged = await pageByOne(async (after) => (await read<Result>(QUERY, { slug: "united-states", first: 1, after })).party.delegations);
    expect(paged.map((d) => d.round.slug)).toEqual(rounds);
  });

  it("lists the proposals it authored", async () => {
    for (const [slug, proposal] of [
      ["united-states", "us-peace-plan"],
      ["europe", "european-amendments-to-us-peace-plan"],
    ] as const) {
      const { party } = await read<Result>(QUERY, { slug, first: 100 });
      expect(party.proposals.edges.map((e) => e.node.slug)).toContain(proposal);
      expect(party.proposals.totalCount).toBe(party.proposals.edges.length);
      for (const e of party.proposals.edges) expect(e.node.authorParty?.slug).toBe(slug);
    }
    const russia = await read<Result>(QUERY, { slug: "russia", first: 100 });
    expect(russia.party.proposals.totalCount).toBe(0);
  });

  it("hides a draft round, delegation or proposal from anonymous and partner callers, not from editors", async () => {
    const before = (await read<Result>(QUERY, { slug: "united-states", first: 100 })).party;
    const hidden = async (check: (party: Result["party"], who: string) => void) => {
      for (const [who, headers] of readers()) check((await read<Result>(QUERY, { slug: "united-states", first: 100 }, headers)).party, who);
      const staff = (await read<Result>(QUERY, { slug: "united-states", first: 100 }, editor)).party;
      expect(staff.participations.totalCount).toBe(before.participations.totalCount);
      expect(staff.delegations.totalCount).toBe(before.delegations.totalCount);
      expect(staff.proposals.totalCount).toBe(before.proposals.totalCount);
    };
    await whileDraft("Round", `slug = 'kremlin-2025-12-02'`, () =>
      hidden((party, who) => {
        expect(
          party.participations.edges.map((e) => e.node.round.slug),
          who,
        ).not.toContain("kremlin-2025-12-02");
        expect(party.participations.totalCount, who).toBe(before.participations.totalCount - 1);
        // A delegation at a hidden round is hidden too (its round link is not nullable).
        expect(
          party.delegations.edges.map((e) => e.node.round.slug),
          who,
        ).not.toContain("kremlin-2025-12-02");
        expect(party.delegations.totalCount, who).toBe(before.delegations.totalCount - 1);
      }),
    );
    const us = `(SELECT id FROM "Party" WHERE slug = 'united-states')`;
    await whileDraft("Delegation", `"partyId" = ${us} AND "roundId" = (SELECT id FROM "Round" WHERE slug = 'abu-dhabi-2')`, () =>
      hidden((party, who) => {
        expect(
          party.delegations.edges.map((e) => e.node.round.slug),
          who,
        ).not.toContain("abu-dhabi-2");
        expect(party.delegations.totalCount, who).toBe(before.delegations.totalCount - 1);
      }),
    );
    await whileDraft("Proposal", `slug = 'us-peace-plan'`, () =>
      hidden((party, who) => {
        expect(
          party.proposals.edges.map((e) => e.node.slug),
          who,
        ).not.toContain("us-peace-plan");
        expect(party.proposals.totalCount, who).toBe(before.proposals.totalCount - 1);
      }),
    );
  });

  it("a round's delegations leave out a delegation of a draft party", async () => {
    const QUERY_ROUND = `{ round(slug: "abu-dhabi-2") { delegations { party { slug } } } }`;
    type RoundResult = { round: { delegations: { party: { slug: string } }[] } };
    await whileDraft("Party", `slug = 'united-states'`, async () => {
      for (const [who, headers] of readers()) {
        const { round } = await read<RoundResult>(QUERY_ROUND, undefined, headers);
        expect(
          round.delegations.map((d) => d.party.slug),
          who,
        ).not.toContain("united-states");
        expect(round.delegations.length, who).toBeGreaterThan(0);
      }
      const staff = await read<RoundResult>(QUERY_ROUND, undefined, editor);
      expect(staff.round.delegations.map((d) => d.party.slug)).toContain("united-states");
    });
  });
});

describe("Person → delegation seats", () => {
  const QUERY = `query($slug: String!, $first: Int, $after: String) { person(slug: $slug) {
    delegationSeats(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node {
      role attendance person { slug } delegation { party { slug } round { slug start { on } } members { person { slug } } }
    } } }
  } }`;
  type Seat = {
    role: string;
    attendance: string;
    person: { slug: string };
    delegation: { party: { slug: string }; round: { slug: string; start: { on: string | null } }; members: { person: { slug: string } }[] };
  };
  type Result = { person: { delegationSeats: Page<Seat> } };

  it("lists the seats a person held: role, attendance, the delegation's party and round, in round order", async () => {
    const { person } = await read<Result>(QUERY, { slug: "steve-witkoff", first: 100 });
    const seats = person.delegationSeats.edges.map((e) => e.node);
    expect(person.delegationSeats.totalCount).toBe(seats.length);
    expect(seats.map((s) => s.delegation.round.slug)).toEqual(expect.arrayContaining(["kremlin-2025-12-02", "abu-dhabi-2"]));
    expect(seats.find((s) => s.delegation.round.slug === "kremlin-2025-12-02")).toMatchObject({
      role: "HEAD",
      attendance: "CONFIRMED",
      delegation: { party: { slug: "united-states" } },
    });
    expectTimeOrder(seats.map((s) => s.delegation.round.start.on));
    for (const seat of seats) {
      expect(seat.person.slug).toBe("steve-witkoff");
      expect(seat.delegation.members.map((m) => m.person.slug)).toContain("steve-witkoff");
    }
    const putin = await read<Result>(QUERY, { slug: "vladimir-putin", first: 100 });
    const putinRounds = putin.person.delegationSeats.edges.map((e) => e.node.delegation.round.slug);
    // The undated round comes after the dated one.
    expect(putinRounds.indexOf("kremlin-2025-12-02")).toBeLessThan(putinRounds.indexOf("trump-putin-pause-discussion"));
    const paged = await pageByOne(async (after) => (await read<Result>(QUERY, { slug: "vladimir-putin", first: 1, after })).person.delegationSeats);
    expect(paged.map((s) => s.delegation.round.slug)).toEqual(putinRounds);
  });

  it("hides a seat in a draft round, a draft delegation or for a draft party from anonymous and partner callers", async () => {
    const before = (await read<Result>(QUERY, { slug: "steve-witkoff", first: 100 })).person.delegationSeats.totalCount;
    const hidden = async (round: string) => {
      for (const [who, headers] of readers()) {
        const { person } = await read<Result>(QUERY, { slug: "steve-witkoff", first: 100 }, headers);
        expect(
          person.delegationSeats.edges.map((e) => e.node.delegation.round.slug),
          who,
        ).not.toContain(round);
        expect(person.delegationSeats.totalCount, who).toBeLessThan(before);
      }
      const staff = await read<Result>(QUERY, { slug: "steve-witkoff", first: 100 }, editor);
      expect(staff.person.delegationSeats.totalCount).toBe(before);
    };
    await whileDraft("Round", `slug = 'abu-dhabi-2'`, () => hidden("abu-dhabi-2"));
    await whileDraft(
      "Delegation",
      `"partyId" = (SELECT id FROM "Party" WHERE slug = 'united-states') AND "roundId" = (SELECT id FROM "Round" WHERE slug = 'kremlin-2025-12-02')`,
      () => hidden("kremlin-2025-12-02"),
    );
    await whileDraft("Party", `slug = 'united-states'`, () => hidden("kremlin-2025-12-02"));
  });
});

describe("ProposalVersion ↔ positions", () => {
  const QUERY = `{ proposals(first: 20) { edges { node { slug versions { number label positions(first: 50) { totalCount edges { node {
    summary party { slug } topic { slug } proposalVersion { number proposal { slug } }
  } } } } } } } }`;
  type Position = { summary: string; party: { slug: string }; topic: { slug: string }; proposalVersion: { number: number; proposal: { slug: string } } | null };
  type Result = { proposals: Page<{ slug: string; versions: { number: number; label: string; positions: Page<Position> }[] }> };
  const versionOf = (data: Result, slug: string, number: number) =>
    data.proposals.edges.find((e) => e.node.slug === slug)?.node.versions.find((v) => v.number === number);

  it("lists the positions that respond to a version, and each position links back to it", async () => {
    const data = await read<Result>(QUERY);
    const tiered = versionOf(data, "tiered-ceasefire-monitoring", 1)!;
    expect(tiered.positions.totalCount).toBe(tiered.positions.edges.length);
    expect(tiered.positions.edges.map((e) => `${e.node.party.slug}:${e.node.topic.slug}`)).toContain("russia:ceasefire-monitoring");
    for (const e of tiered.positions.edges) expect(e.node.proposalVersion).toEqual({ number: 1, proposal: { slug: "tiered-ceasefire-monitoring" } });
    // Every position that names a version is listed under exactly that version.
    const forward = await read<{ positions: Page<{ summary: string; proposalVersion: { number: number; proposal: { slug: string } } | null }> }>(
      `{ positions(first: 100) { edges { node { summary proposalVersion { number proposal { slug } } } } } }`,
    );
    const named = forward.positions.edges.map((e) => e.node).filter((p) => p.proposalVersion !== null);
    expect(named.length).toBeGreaterThan(0);
    for (const p of named)
      expect(versionOf(data, p.proposalVersion!.proposal.slug, p.proposalVersion!.number)!.positions.edges.map((e) => e.node.summary)).toContain(p.summary);
  });

  it("hides a draft position from a version's list, and a draft proposal's version from a position", async () => {
    const POSITION = `{ positions(first: 100, filter: { topic: "ceasefire-monitoring", parties: ["russia"] }) { edges { node { summary proposalVersion { label } } } } }`;
    type Positions = { positions: Page<{ summary: string; proposalVersion: { label: string } | null }> };
    const linked = (data: Positions) => data.positions.edges.filter((e) => e.node.proposalVersion !== null).length;
    const before = versionOf(await read<Result>(QUERY), "tiered-ceasefire-monitoring", 1)!.positions.totalCount;
    expect(before).toBeGreaterThan(0);
    await whileDraft("Position", `id = (SELECT "id" FROM "Position" WHERE "proposalVersionId" IS NOT NULL ORDER BY id LIMIT 1)`, async () => {
      const total = async (headers: Record<string, string>) =>
        (await read<Result>(QUERY, undefined, headers)).proposals.edges.flatMap((e) => e.node.versions).reduce((n, v) => n + v.positions.totalCount, 0);
      const staff = await total(editor);
      for (const [who, headers] of readers()) expect(await total(headers), who).toBe(staff - 1);
    });
    expect(linked(await read<Positions>(POSITION))).toBeGreaterThan(0);
    await whileDraft("Proposal", `slug = 'tiered-ceasefire-monitoring'`, async () => {
      for (const [who, headers] of readers()) {
        const data = await read<Positions>(POSITION, undefined, headers);
        expect(data.positions.edges.length, who).toBeGreaterThan(0);
        expect(linked(data), who).toBe(0);
      }
      expect(linked(await read<Positions>(POSITION, undefined, editor))).toBeGreaterThan(0);
    });
  });
});

describe("statements per request do not grow with page size", () => {
  const SIZES = [1, 10, 100];
  async function counts(query: string, list: string): Promise<number[]> {
    const result: number[] = [];
    const returned: number[] = [];
    for (const n of SIZES) {
      statements = 0;
      const data = await read<Record<string, Page<unknown>>>(query, { n });
      result.push(statements);
      returned.push(data[list]!.edges.length);
    }
    // The sizes really differ, and the counter counts.
    expect(returned[1]).toBeGreaterThan(returned[0]!);
    expect(result[0]).toBeGreaterThan(0);
    return result;
  }
  const flat = (c: number[]) => expect(new Set(c).size, JSON.stringify(c)).toBe(1);

  it("topics → demands and agenda rounds", async () => {
    flat(
      await counts(
        `query($n: Int!) { topics(first: $n) { edges { node { slug
      demands(first: 10) { totalCount edges { node { slug fromParty { slug } } } }
      rounds(first: 10) { totalCount edges { node { slug agenda { slug } } } }
    } } } }`,
        "topics",
      ),
    );
  });

  it("parties → participations, delegations with members, proposals", async () => {
    flat(
      await counts(
        `query($n: Int!) { parties(first: $n) { edges { node { slug
      participations(first: 10) { totalCount edges { node { role round { slug } } } }
      delegations(first: 10) { totalCount edges { node { round { slug } members { person { slug } } } } }
      proposals(first: 10) { totalCount edges { node { slug versions { label } } } }
    } } } }`,
        "parties",
      ),
    );
  });

  it("people → delegation seats → delegation, round and party", async () => {
    flat(
      await counts(
        `query($n: Int!) { people(first: $n) { edges { node { slug
      delegationSeats(first: 10) { totalCount edges { node { role delegation { round { slug } party { slug } } } } }
    } } } }`,
        "people",
      ),
    );
  });

  it("positions → proposal version → its positions", async () => {
    flat(
      await counts(
        `query($n: Int!) { positions(first: $n) { edges { node { stance
      proposalVersion { label proposal { slug } positions(first: 10) { totalCount edges { node { stance } } } }
    } } } }`,
        "positions",
      ),
    );
  });
});
