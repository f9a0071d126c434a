import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { createTestDatabase, type TestDatabase } from "../testing/index.js";
import { DEFAULT_SEED_DIR, planSeed, seedDatabase, SeedValidationError } from "./index.js";

let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase({ seed: true });
});
afterAll(async () => {
  await t?.drop();
});

describe("the seed data set", () => {
  it("holds all five articles with their full bodies", async () => {
    const articles = await t.db.article.findMany({ select: { slug: true, body: true } });
    expect(articles).toHaveLength(5);
    for (const a of articles) expect(a.body.length).toBeGreaterThan(2_000);
  });

  it("has quotes whose offsets select exactly their text in the article body", async () => {
    const quotes = await t.db.evidence.findMany({ select: { id: true, startOffset: true, endOffset: true, quote: true, article: { select: { body: true } } } });
    expect(quotes.length).toBeGreaterThan(50);
    const wrong = quotes.filter((q) => q.article.body.slice(q.startOffset, q.endOffset) !== q.quote);
    expect(wrong).toEqual([]);
  });

  it("backs every position and every demand with at least one quote", async () => {
    const positions = await t.db.position.findMany({ select: { id: true, summary: true, _count: { select: { evidence: true } } } });
    const demands = await t.db.demand.findMany({ select: { slug: true, _count: { select: { evidence: true } } } });
    expect(positions.length).toBeGreaterThan(30);
    expect(demands.length).toBeGreaterThan(5);
    expect(positions.filter((p) => p._count.evidence === 0)).toEqual([]);
    expect(demands.filter((d) => d._count.evidence === 0)).toEqual([]);
  });

  it("finds a person under every spelling the corpus uses", async () => {
    for (const spelling of ["Poetin", "Putin", "Kostjoekov", "Kostyukov", "Oesjakov", "Ushakov", "Zelensky", "Zelenskyy"]) {
      const match = await t.db.personAlias.findFirst({ where: { name: spelling }, select: { person: { select: { slug: true } } } });
      expect(match, spelling).not.toBeNull();
    }
  });

  it("keeps conflicting reports of the second Abu Dhabi round's date side by side", async () => {
    const reports = await t.db.roundDateReport.findMany({ where: { round: { slug: "abu-dhabi-2" } }, select: { kind: true, startDate: true } });
    const days = new Set(reports.map((r) => r.startDate?.toISOString().slice(0, 10)));
    expect(days).toContain("2026-02-01");
    expect(days).toContain("2026-02-04");
  });

  it("reports the second Abu Dhabi round as held only on the day a source says it was", async () => {
    const round = await t.db.round.findUniqueOrThrow({
      where: { slug: "abu-dhabi-2" },
      select: { roundStatus: true, endDate: true, dateReports: { select: { kind: true, startDate: true, endDate: true } } },
    });
    const day = (d: Date | null) => d?.toISOString().slice(0, 10) ?? null;
    const held = round.dateReports.filter((r) => r.kind === "HELD").map((r) => [day(r.startDate), day(r.endDate)]);
    expect(held).toEqual([["2026-02-04", null]]);
    expect(round.dateReports.some((r) => r.kind === "PLANNED" && day(r.endDate) === "2026-02-05")).toBe(true);
    expect(round.endDate).toBeNull();
  });

  it("keeps every article's quote for a delegation seat that two articles report differently", async () => {
    const seat = await t.db.delegationMember.findFirstOrThrow({
      where: { person: { slug: "steve-witkoff" }, delegation: { round: { slug: "abu-dhabi-2" } } },
      select: { role: true, attendance: true, evidence: { select: { article: { select: { slug: true } } } } },
    });
    // 000 confirms him as a member, 001 reports him as head: the more definite report wins whole.
    expect(seat).toEqual({ role: "MEMBER", attendance: "CONFIRMED", evidence: { article: { slug: "abu-dhabi-second-round-escalation" } } });
    const participants = await t.db.roundEvidence.findMany({
      where: { aspect: "PARTICIPANTS", round: { slug: "abu-dhabi-2" }, evidence: { quote: { contains: "Steve Witkoff" } } },
      select: { evidence: { select: { article: { select: { slug: true } } } } },
    });
    expect(new Set(participants.map((p) => p.evidence.article.slug))).toEqual(new Set(["abu-dhabi-second-round-escalation", "abu-dhabi-talks-resume"]));
  });

  it("records Russia's stance on the Donbas more than once, in time order", async () => {
    const chain = await t.db.position.findMany({
      where: { party: { slug: "russia" }, topic: { path: { startsWith: "territory/donbas" } } },
      orderBy: { statedOn: "asc" },
      select: { statedOn: true, movement: true },
    });
    expect(chain.length).toBeGreaterThanOrEqual(2);
  });
});

describe("seeding", () => {
  it("changes nothing on a second run", async () => {
    const before = await t.db.position.findMany({ select: { id: true, updatedAt: true, version: true }, orderBy: { id: "asc" } });
    const counts = await seedDatabase(t.db);
    expect(Object.values(counts).every((n) => n === 0)).toBe(true);
    const after = await t.db.position.findMany({ select: { id: true, updatedAt: true, version: true }, orderBy: { id: "asc" } });
    expect(after).toEqual(before);
  });

  it("fails loudly on a quote that does not match its article, and loads nothing", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "parley-seed-"));
    try {
      await cp(DEFAULT_SEED_DIR, dir, { recursive: true });
      const file = path.join(dir, "articles", "002-zelensky-putin-meeting-only-in-moscow.yaml");
      const doc = parse(await readFile(file, "utf8")) as { quotes: Record<string, { start: number; end: number }> };
      const first = Object.values(doc.quotes)[0]!;
      first.start += 3;
      first.end += 3;
      await writeFile(file, stringify(doc));

      await expect(planSeed(dir)).rejects.toThrow(SeedValidationError);
      await expect(planSeed(dir)).rejects.toThrow(/002-zelensky-putin-meeting-only-in-moscow\.yaml: quote .*offsets/);

      const empty = await createTestDatabase({ seed: false });
      try {
        await expect(seedDatabase(empty.db, dir)).rejects.toThrow(SeedValidationError);
        expect(await empty.db.article.count()).toBe(0);
        expect(await empty.db.party.count()).toBe(0);
      } finally {
        await empty.drop();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("validating the fidelity data", () => {
  const withEdited = async <T>(file: string, edit: (doc: T) => void, check: (dir: string) => Promise<void>) => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "parley-seed-"));
    try {
      await cp(DEFAULT_SEED_DIR, dir, { recursive: true });
      const target = path.join(dir, "articles", file);
      const doc = parse(await readFile(target, "utf8")) as T;
      edit(doc);
      await writeFile(target, stringify(doc));
      await check(dir);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  };
  const ARTICLE_000 = "000-abu-dhabi-second-round-escalation.yaml";

  it("refuses a reported movement whose quote does not exist, and one a source cannot report (NEW)", async () => {
    type Doc = { positions: { reportedMovement?: { movement: string; quote: string } }[] };
    await withEdited<Doc>(
      ARTICLE_000,
      (doc) => {
        const reported = doc.positions.find((p) => p.reportedMovement);
        if (reported?.reportedMovement) reported.reportedMovement.quote = "no-such-quote";
      },
      async (dir) => {
        await expect(planSeed(dir)).rejects.toThrow(/reportedMovement: unknown quote "no-such-quote"/);
      },
    );
    await withEdited<Doc>(
      ARTICLE_000,
      (doc) => {
        const reported = doc.positions.find((p) => p.reportedMovement);
        if (reported?.reportedMovement) reported.reportedMovement.movement = "NEW";
      },
      async (dir) => {
        await expect(planSeed(dir)).rejects.toThrow(/reportedMovement\.movement/);
      },
    );
  });

  it("refuses an event without a quote, a contributor whose credit line is unknown, and a place listed twice", async () => {
    type Doc = { events: { quotes: string[]; places: { name: string }[] }[]; article: { contributors: { quote: string }[] } };
    await withEdited<Doc>(
      ARTICLE_000,
      (d) => {
        const first = d.events[0];
        if (first) first.quotes = [];
      },
      async (dir) => {
        await expect(planSeed(dir)).rejects.toThrow(/events\.0\.quotes: needs at least one quote/);
      },
    );
    await withEdited<Doc>(
      ARTICLE_000,
      (d) => {
        const credit = d.article.contributors[0];
        if (credit) credit.quote = "no-such-credit";
        const first = d.events[0];
        if (first?.places[0]) first.places.push({ ...first.places[0] });
      },
      async (dir) => {
        const error = await planSeed(dir).then(
          () => null,
          (e: unknown) => e,
        );
        expect(error).toBeInstanceOf(SeedValidationError);
        const message = (error as SeedValidationError).message;
        expect(message).toMatch(/contributors\[0\]: unknown quote "no-such-credit"/);
        expect(message).toMatch(/place "Ukraine" is listed twice/);
      },
    );
  });
});
