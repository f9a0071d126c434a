// The seed says what the articles say and no more: speakers, dates, roles, events, reported movement,
// article metadata. Each check reads the loaded database, so it fails on the data, not on the loader.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatePrecision } from "@parley/domain";
import { createTestDatabase, type TestDatabase } from "../testing/index.js";

let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase({ seed: true });
});
afterAll(async () => {
  await t?.drop();
});

const DUTCH_MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

/** How a Dutch text writes a date of this precision ("2 december 2025", "juni 2023", "2014"). */
function dutchDate(on: Date, precision: DatePrecision): string {
  const month = DUTCH_MONTHS[on.getUTCMonth()] ?? "";
  if (precision === "DAY") return `${on.getUTCDate()} ${month} ${on.getUTCFullYear()}`;
  if (precision === "MONTH") return `${month} ${on.getUTCFullYear()}`;
  return String(on.getUTCFullYear());
}
const statesDate = (quotes: string[], on: Date, precision: DatePrecision) => quotes.some((q) => q.toLowerCase().includes(dutchDate(on, precision)));
const sameDay = (a: Date | null, b: Date | null) => (a?.getTime() ?? null) === (b?.getTime() ?? null);

const evidenceSelect = {
  quote: true,
  attribution: true,
  speakerPersonId: true,
  speakerPartyId: true,
  articleId: true,
  article: { select: { slug: true, datePrecision: true } },
  events: { select: { eventId: true } },
} as const;

describe("speakers", () => {
  it("gives every position whose quote names a speaker that speaker, and no speaker its quotes do not name", async () => {
    const positions = await t.db.position.findMany({
      select: { id: true, summary: true, speakerPersonId: true, evidence: { select: { evidence: { select: evidenceSelect } } } },
    });
    const wrong = positions.flatMap((p) => {
      const named = new Set(p.evidence.map((e) => e.evidence.speakerPersonId).filter((s): s is string => s != null));
      if (named.size > 1) return [`${p.summary}: its quotes name ${named.size} different speakers`];
      const [speaker] = [...named];
      if (speaker && p.speakerPersonId !== speaker) return [`${p.summary}: the quote names a speaker the position lacks`];
      if (!speaker && p.speakerPersonId) return [`${p.summary}: no quote names its speaker`];
      return [];
    });
    expect(wrong).toEqual([]);
    expect(positions.filter((p) => p.speakerPersonId).length).toBeGreaterThan(15);
  });

  it("finds Rubio's, Peskov's and Zelensky's positions by their speaker", async () => {
    const voiced = async (slug: string) =>
      (await t.db.position.findMany({ where: { speaker: { slug } }, select: { topic: { select: { slug: true } } } })).map((p) => p.topic.slug);
    expect(await voiced("marco-rubio")).toEqual(expect.arrayContaining(["trilateral-talks", "security-guarantees"]));
    expect(await voiced("dmitry-peskov")).toEqual(expect.arrayContaining(["territory", "ceasefire"]));
    expect(await voiced("volodymyr-zelensky")).toContain("zaporizhzhia-nuclear-plant");
  });
});

describe("dates", () => {
  it("gives no statement from an undated article a date its quotes or its round do not state, and explains every undated one", async () => {
    const undated = await t.db.article.findMany({ where: { datePrecision: "UNKNOWN" }, select: { id: true, slug: true, dateNote: true } });
    expect(undated.map((a) => a.slug).sort()).toEqual(["kremlin-talks-no-territorial-breakthrough", "us-russia-de-escalation-talks"]);
    for (const a of undated) expect(a.dateNote, a.slug).toBeTruthy();
    const undatedIds = new Set(undated.map((a) => a.id));

    const heldReports = await t.db.roundDateReport.findMany({
      where: { kind: "HELD" },
      select: { roundId: true, startDate: true, startDatePrecision: true, evidence: { select: { articleId: true } } },
    });
    const heldOn = (roundId: string | null, articleId: string, on: Date | null, precision: DatePrecision) =>
      heldReports.some((r) => r.roundId === roundId && r.evidence?.articleId === articleId && sameDay(r.startDate, on) && r.startDatePrecision === precision);

    const problems: string[] = [];
    const check = (
      what: string,
      on: Date | null,
      precision: DatePrecision,
      note: string | null,
      quotes: { quote: string; articleId: string }[],
      roundId: string | null,
    ) => {
      if (quotes.length === 0 || !quotes.every((q) => undatedIds.has(q.articleId))) return;
      if (precision === "UNKNOWN" || on == null) {
        if (!note) problems.push(`${what}: undated without the editor's note`);
        return;
      }
      const texts = quotes.map((q) => q.quote);
      const articleId = quotes[0]?.articleId ?? "";
      if (!statesDate(texts, on, precision) && !heldOn(roundId, articleId, on, precision)) {
        problems.push(`${what}: ${precision} ${on.toISOString().slice(0, 10)} is stated by neither its quotes nor its round`);
      }
    };

    const positions = await t.db.position.findMany({
      select: {
        summary: true,
        statedOn: true,
        datePrecision: true,
        dateNote: true,
        roundId: true,
        evidence: { select: { evidence: { select: { quote: true, articleId: true } } } },
      },
    });
    for (const p of positions)
      check(
        `position "${p.summary}"`,
        p.statedOn,
        p.datePrecision,
        p.dateNote,
        p.evidence.map((e) => e.evidence),
        p.roundId,
      );
    const demands = await t.db.demand.findMany({
      select: {
        slug: true,
        raisedOn: true,
        datePrecision: true,
        dateNote: true,
        roundId: true,
        evidence: { select: { evidence: { select: { quote: true, articleId: true } } } },
      },
    });
    for (const d of demands)
      check(
        `demand ${d.slug}`,
        d.raisedOn,
        d.datePrecision,
        d.dateNote,
        d.evidence.map((e) => e.evidence),
        d.roundId,
      );
    const changes = await t.db.demandStatusChange.findMany({
      select: { id: true, changedOn: true, datePrecision: true, note: true, roundId: true, evidence: { select: { quote: true, articleId: true } } },
    });
    for (const c of changes) check(`status change ${c.id}`, c.changedOn, c.datePrecision, c.note, c.evidence ? [c.evidence] : [], c.roundId);
    const events = await t.db.event.findMany({
      select: {
        slug: true,
        occurredOn: true,
        datePrecision: true,
        dateNote: true,
        evidence: { select: { evidence: { select: { quote: true, articleId: true } } } },
      },
    });
    for (const e of events)
      check(
        `event ${e.slug}`,
        e.occurredOn,
        e.datePrecision,
        e.dateNote,
        e.evidence.map((x) => x.evidence),
        null,
      );

    expect(problems).toEqual([]);
    // The check above can bite: 004 reports statements without dates, and they are undated.
    expect(positions.filter((p) => p.datePrecision === "UNKNOWN").length).toBeGreaterThanOrEqual(10);
  });

  it("keeps Putin's June 2023 conditions as a month, never a day", async () => {
    const june = await t.db.position.findMany({
      where: { speaker: { slug: "vladimir-putin" }, statedOn: new Date("2023-06-01") },
      select: { datePrecision: true },
    });
    expect(june.length).toBeGreaterThanOrEqual(3);
    for (const p of june) expect(p.datePrecision).toBe("MONTH");
  });

  it("never lets an undated position precede a dated one in a movement chain", async () => {
    const chain = await t.db.position.findMany({
      where: { party: { slug: "russia" }, topic: { slug: "territory" } },
      select: { statedOn: true, datePrecision: true, movement: true },
    });
    expect(chain.some((p) => p.datePrecision === "UNKNOWN")).toBe(true);
    const time = (d: Date | null) => d?.getTime() ?? Number.POSITIVE_INFINITY;
    const earliest = chain.filter((p) => p.statedOn).sort((a, b) => time(a.statedOn) - time(b.statedOn))[0];
    expect(earliest).toMatchObject({ datePrecision: "MONTH", movement: "NEW" });
  });

  it("gives every round dates that one of its own date reports gives", async () => {
    const rounds = await t.db.round.findMany({
      select: {
        slug: true,
        roundStatus: true,
        startDate: true,
        startDatePrecision: true,
        endDate: true,
        endDatePrecision: true,
        dateReports: { select: { kind: true, startDate: true, startDatePrecision: true, endDate: true, endDatePrecision: true } },
      },
    });
    const wrong = rounds.filter((r) => {
      if (r.startDate == null && r.endDate == null) return false;
      const kind = r.roundStatus === "HELD" ? "HELD" : "PLANNED";
      return !r.dateReports.some(
        (d) =>
          d.kind === kind &&
          sameDay(d.startDate, r.startDate) &&
          d.startDatePrecision === r.startDatePrecision &&
          sameDay(d.endDate, r.endDate) &&
          d.endDatePrecision === r.endDatePrecision,
      );
    });
    expect(wrong.map((r) => r.slug)).toEqual([]);
    expect(rounds.filter((r) => r.startDate).length).toBeGreaterThan(5);
  });
});

describe("what positions, roles and demands rest on", () => {
  it("infers no position from an event alone", async () => {
    const positions = await t.db.position.findMany({
      select: { summary: true, partyId: true, evidence: { select: { evidence: { select: evidenceSelect } } } },
    });
    const onlyEvents = positions.filter((p) => p.evidence.every((e) => e.evidence.events.length > 0 && e.evidence.speakerPartyId !== p.partyId));
    expect(onlyEvents.map((p) => p.summary)).toEqual([]);
  });

  it("backs every person's role with a quote that names the person", async () => {
    const roles = await t.db.personRole.findMany({
      select: { title: true, evidence: { select: { quote: true } }, person: { select: { slug: true, aliases: { select: { name: true } } } } },
    });
    const unbacked = roles.filter((r) => {
      const quote = r.evidence?.quote;
      return quote == null || !r.person.aliases.some((a) => quote.includes(a.name));
    });
    expect(unbacked.map((r) => `${r.person.slug}: ${r.title}`)).toEqual([]);
    expect(roles.length).toBeGreaterThan(15);
  });

  it("records the round where a demand was raised at a round", async () => {
    const demands = await t.db.demand.findMany({
      where: { slug: { in: ["russia-west-limits-nato", "russia-ukraine-gives-up-crimea"] } },
      select: { round: { select: { slug: true } } },
    });
    expect(demands.map((d) => d.round?.slug)).toEqual(["abu-dhabi-2", "abu-dhabi-2"]);
  });
});

describe("reported movement", () => {
  it("gives every reported movement its own quote, in an article that backs the position", async () => {
    const reported = await t.db.position.findMany({
      where: { reportedMovement: { not: null } },
      select: { reportedMovementEvidence: { select: { articleId: true } }, evidence: { select: { evidence: { select: { articleId: true } } } } },
    });
    expect(reported.length).toBeGreaterThan(0);
    for (const p of reported) {
      expect(p.reportedMovementEvidence).not.toBeNull();
      expect(p.evidence.map((e) => e.evidence.articleId)).toContain(p.reportedMovementEvidence?.articleId);
    }
  });

  it("records Ukraine's hardened stance after the February strikes beside its derived movement", async () => {
    const position = await t.db.position.findFirstOrThrow({
      where: { party: { slug: "ukraine" }, topic: { slug: "territory" }, statedOn: new Date("2026-02-04") },
      select: { movement: true, reportedMovement: true, reportedMovementEvidence: { select: { quote: true } } },
    });
    // The categories cannot show it (REJECTS is the end of the scale): the derived movement stays as it was.
    expect(position.reportedMovement).toBe("HARDENED");
    expect(["NEW", "UNCHANGED"]).toContain(position.movement);
    expect(position.reportedMovementEvidence?.quote).toContain("naar verluidt aangescherpt");
  });
});

describe("events", () => {
  it("backs every event with a quote, and types, dates and places the ones the articles report", async () => {
    const events = await t.db.event.findMany({
      select: {
        slug: true,
        type: true,
        datePrecision: true,
        occurredOn: true,
        _count: { select: { evidence: true } },
        places: { select: { name: true } },
        parties: { select: { party: { select: { slug: true } }, role: true } },
      },
    });
    expect(events.filter((e) => e._count.evidence === 0)).toEqual([]);
    const bySlug = new Map(events.map((e) => [e.slug, e]));
    expect(bySlug.get("russian-strike-energy-night-2026-02-02-03")).toMatchObject({ type: "STRIKE", datePrecision: "DAY" });
    expect(bySlug.get("homes-without-heating-2026-02")).toMatchObject({ type: "HUMANITARIAN" });
    expect(bySlug.get("fighting-around-pokrovsk")).toMatchObject({ type: "BATTLEFIELD", datePrecision: "UNKNOWN" });
    expect(bySlug.get("russia-controls-a-fifth-of-ukraine")).toMatchObject({ type: "BATTLEFIELD" });
    expect(bySlug.get("new-start-expires-2026-02-05")).toMatchObject({ type: "TREATY", datePrecision: "DAY" });
    expect(bySlug.get("starlink-whitelisting-ukraine")).toMatchObject({ type: "TECHNICAL_MEASURE" });
    expect(
      bySlug
        .get("homes-without-heating-2026-02")
        ?.places.map((p) => p.name)
        .sort(),
    ).toEqual(["Kharkiv", "Kyiv"]);
    expect(bySlug.get("russian-strike-energy-night-2026-02-02-03")?.parties).toEqual(expect.arrayContaining([{ party: { slug: "russia" }, role: "ACTOR" }]));
  });

  it("quotes the scale of the strike of 2–3 February as the article gives it", async () => {
    const quotes = await t.db.eventEvidence.findMany({
      where: { event: { slug: "russian-strike-energy-night-2026-02-02-03" } },
      select: { evidence: { select: { quote: true } } },
    });
    const text = quotes.map((q) => q.evidence.quote).join(" ");
    for (const figure of ["71 raketten", "450 drones", "38 van de raketten", "412 drones"]) expect(text).toContain(figure);
  });
});

describe("article metadata", () => {
  it("credits every contributor in the role the article states, with the passage that credits them", async () => {
    const contributors = await t.db.articleContributor.findMany({
      select: { name: true, role: true, article: { select: { slug: true } }, evidence: { select: { quote: true } } },
    });
    expect(contributors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: "gaya ❤️ one", role: "AUTHOR", article: { slug: "abu-dhabi-second-round-escalation" } }),
        expect.objectContaining({ name: "gaya ❤️ one", role: "EDITOR", article: { slug: "kremlin-talks-no-territorial-breakthrough" } }),
      ]),
    );
    for (const c of contributors) expect(c.evidence?.quote).toContain(c.name);
  });

  it("lists the sources article 003 lists, each with the line that names it", async () => {
    const sources = await t.db.articleSource.findMany({
      where: { article: { slug: "kremlin-talks-no-territorial-breakthrough" } },
      orderBy: { sequence: "asc" },
      select: { title: true, citation: true, evidence: { select: { quote: true } } },
    });
    expect(sources.map((s) => s.title)).toEqual([
      "Aktual24",
      "Steve Witkoff - Wikipedia",
      "Kremlin calls Russia-U.S. talks on Ukraine peace plan end without breakthrough",
      "Putin Issues Grave Warning to Europe Amid Discord Over Russia-Ukraine Peace Talks",
    ]);
    for (const s of sources) {
      expect(s.citation).toBe("LISTED");
      expect(s.evidence?.quote).toContain(s.title);
    }
  });
});
