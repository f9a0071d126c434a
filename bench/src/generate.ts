// A deterministic, realistic data set at any scale (1.0 ≈ 1,000 × the corpus), loaded straight into
// PostgreSQL with batched INSERT … SELECT FROM unnest(…) statements.
import { createHash } from "node:crypto";
import cliProgress from "cli-progress";
import pg from "pg";
import { aliasesOf, movementsOfChains, normalizeName, type Stance } from "@parley/domain";

/** mulberry32: small, fast, seedable. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const uuid = (kind: string, n: number) => {
  const h = createHash("sha1").update(`${kind}:${n}`).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
};

const NL =
  "de het een van en in op met voor dat niet over bij naar onderhandelingen delegatie vrede akkoord gesprekken oorlog grens troepen regering president minister eis voorstel veiligheid garanties bestand verklaring woordvoerder ronde bemiddelaar territorium terugtrekking sancties wederopbouw gevangenen monitoring ontmoeting hoofdstad verdrag".split(
    " ",
  );
const EN =
  "the a of and in on with for that not about at to negotiations delegation peace agreement talks war border troops government president minister demand proposal security guarantees ceasefire statement spokesperson round mediator territory withdrawal sanctions reconstruction prisoners monitoring meeting capital treaty".split(
    " ",
  );
const SYLLABLES = "ka ro mi ne sa lo vi ta de ri mo na ko li be ra zu pe ga lu".split(" ");
const STANCES: Stance[] = ["DEMANDS", "SUPPORTS", "CONDITIONAL", "OPEN_TO", "OPPOSES", "REJECTS"];

export interface Sizes {
  parties: number;
  people: number;
  topics: number;
  processes: number;
  rounds: number;
  articles: number;
  evidence: number;
  positions: number;
  demands: number;
}

export function sizesFor(scale: number): Sizes {
  const n = (full: number, min: number) => Math.max(min, Math.round(full * scale));
  return {
    parties: n(100, 6),
    people: n(2_000, 20),
    topics: n(300, 12),
    processes: n(50, 2),
    rounds: n(1_000, 10),
    articles: n(5_000, 20),
    evidence: n(200_000, 400),
    positions: n(100_000, 200),
    demands: n(50_000, 100),
  };
}

type Column = { name: string; type: string };

/** `list[i]` for an index the generator has just computed inside the list (a bug in it otherwise). */
function at<T>(list: readonly T[], i: number): T {
  const value = list[i];
  if (value === undefined) throw new Error(`index ${i} outside a list of ${list.length}`);
  return value;
}

async function insert(client: pg.Client, table: string, columns: Column[], rows: unknown[][], bar?: cliProgress.SingleBar): Promise<void> {
  const BATCH = 5_000;
  for (let i = 0; i < rows.length; i += BATCH) {
    const batch = rows.slice(i, i + BATCH);
    const arrays = columns.map((_, c) => batch.map((r) => r[c]));
    const select = columns.map((col, c) => `$${c + 1}::${col.type}[]`).join(", ");
    await client.query(`INSERT INTO "${table}" (${columns.map((c) => `"${c.name}"`).join(", ")}) SELECT * FROM unnest(${select})`, arrays);
    bar?.increment(batch.length);
  }
}

const cols = (spec: string): Column[] =>
  spec.split(",").map((s) => {
    const [name, type] = s.trim().split(":");
    if (!name || !type) throw new Error(`a column is written name:type, not "${s}"`);
    return { name, type };
  });

export async function generate(url: string, scale: number, seed = 42, log: (line: string) => void = console.log): Promise<{ sizes: Sizes; seconds: number }> {
  const sizes = sizesFor(scale);
  const random = rng(seed);
  const pick = <T>(list: readonly T[]): T => at(list, Math.floor(random() * list.length));
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const word = () => Array.from({ length: int(2, 3) }, () => pick(SYLLABLES)).join("");
  const name = () => `${word().charAt(0).toUpperCase()}${word().slice(1)}`;
  const day = (fromYear: number, toYear: number) => new Date(Date.UTC(int(fromYear, toYear), int(0, 11), int(1, 28)));

  const started = Date.now();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const bars = new cliProgress.MultiBar(
    { format: " {bar} {percentage}% | {table} {value}/{total}", hideCursor: true, clearOnComplete: false },
    cliProgress.Presets.shades_classic,
  );
  const bar = (table: string, total: number) => bars.create(total, 0, { table: table.padEnd(18) });
  try {
    await client.query("SET synchronous_commit = off");
    const now = new Date();

    // parties, people, topics (with aliases)
    const parties = Array.from({ length: sizes.parties }, (_, i) => ({ id: uuid("party", i), slug: `party-${i}`, name: `${name()}land ${i}` }));
    await insert(
      client,
      "Party",
      cols('id:uuid,slug:text,name:text,kind:"PartyKind",status:"EditorialStatus",updatedAt:timestamp'),
      parties.map((p) => [p.id, p.slug, p.name, "STATE", "PUBLISHED", now]),
      bar("Party", parties.length),
    );
    await insert(
      client,
      "PartyAlias",
      cols("id:uuid,partyId:uuid,name:text,normalized:text"),
      parties.flatMap((p, i) => aliasesOf(p, [`${p.name} (NL)`]).map((a, j) => [uuid("party-alias", i * 10 + j), p.id, a, normalizeName(a)])),
    );

    const people = Array.from({ length: sizes.people }, (_, i) => ({ id: uuid("person", i), slug: `person-${i}`, name: `${name()} ${name()}ov` }));
    await insert(
      client,
      "Person",
      cols('id:uuid,slug:text,name:text,status:"EditorialStatus",updatedAt:timestamp'),
      people.map((p) => [p.id, p.slug, p.name, "PUBLISHED", now]),
      bar("Person", people.length),
    );
    const personAliases = people.flatMap((p, i) => {
      const spellings = [p.name, p.name.replace(/ov$/, "ow"), p.name.replace(/ov$/, "off"), p.name.replace(/k/g, "c")];
      return aliasesOf(p, spellings.slice(1, int(2, 4))).map((a, j) => [uuid("person-alias", i * 10 + j), p.id, a, normalizeName(a)]);
    });
    await insert(client, "PersonAlias", cols("id:uuid,personId:uuid,name:text,normalized:text"), personAliases, bar("PersonAlias", personAliases.length));

    const topics: { id: string; slug: string; path: string; parentId: string | null }[] = [];
    const topicName = (t: { slug: string }) => `Topic ${t.slug}`;
    for (let i = 0; i < sizes.topics; i++) {
      const parent = i < Math.ceil(sizes.topics / 15) ? null : at(topics, Math.floor(random() * Math.min(topics.length, Math.ceil(sizes.topics / 3))));
      const slug = `topic-${i}`;
      topics.push({ id: uuid("topic", i), slug, parentId: parent?.id ?? null, path: parent ? `${parent.path}/${slug}` : slug });
    }
    await insert(
      client,
      "Topic",
      cols('id:uuid,slug:text,name:text,proposition:text,parentId:uuid,path:text,status:"EditorialStatus",updatedAt:timestamp'),
      topics.map((t) => [t.id, t.slug, topicName(t), `Proposition on ${t.slug}`, t.parentId, t.path, "PUBLISHED", now]),
      bar("Topic", topics.length),
    );
    await insert(
      client,
      "TopicAlias",
      cols("id:uuid,topicId:uuid,name:text,normalized:text"),
      topics.flatMap((t, i) =>
        aliasesOf({ name: topicName(t) }, [`Onderwerp ${t.slug}`]).map((a, j) => [uuid("topic-alias", i * 10 + j), t.id, a, normalizeName(a)]),
      ),
    );

    // processes and rounds
    const processes = Array.from({ length: sizes.processes }, (_, i) => ({ id: uuid("process", i), slug: `process-${i}` }));
    await insert(
      client,
      "NegotiationProcess",
      cols('id:uuid,slug:text,name:text,status:"EditorialStatus",updatedAt:timestamp'),
      processes.map((p) => [p.id, p.slug, `Process ${p.slug}`, "PUBLISHED", now]),
    );
    const rounds = Array.from({ length: sizes.rounds }, (_, i) => {
      const start = day(2015, 2026);
      return {
        id: uuid("round", i),
        slug: `round-${i}`,
        processId: at(processes, i % processes.length).id,
        sequence: Math.floor(i / processes.length) + 1,
        start,
        end: new Date(start.getTime() + int(0, 2) * 86_400_000),
      };
    });
    await insert(
      client,
      "Round",
      cols(
        'id:uuid,slug:text,processId:uuid,sequence:int,title:text,format:"RoundFormat",roundStatus:"RoundStatus",startDate:date,startDatePrecision:"DatePrecision",endDate:date,endDatePrecision:"DatePrecision",status:"EditorialStatus",updatedAt:timestamp',
      ),
      rounds.map((r) => [
        r.id,
        r.slug,
        r.processId,
        r.sequence,
        `Round ${r.sequence} of ${r.processId.slice(0, 4)}`,
        "TRILATERAL",
        "HELD",
        r.start,
        "DAY",
        r.end,
        "DAY",
        "PUBLISHED",
        now,
      ]),
      bar("Round", rounds.length),
    );
    const participants = rounds.flatMap((r, i) =>
      [0, 1, 2].map((k) => [r.id, at(parties, (i + k * 7) % parties.length).id, k === 2 ? "MEDIATOR" : "PARTICIPANT"]),
    );
    await insert(client, "RoundParticipant", cols('roundId:uuid,partyId:uuid,role:"ParticipantRole"'), participants);

    // articles, with sentences remembered for quotes
    const perArticle = Math.ceil(sizes.evidence / sizes.articles);
    const evidenceRows: unknown[][] = [];
    const articleBar = bar("Article", sizes.articles);
    for (let start = 0; start < sizes.articles; start += 500) {
      const rows: unknown[][] = [];
      for (let i = start; i < Math.min(sizes.articles, start + 500); i++) {
        const language = i % 3 === 0 ? "en" : "nl";
        const words = language === "en" ? EN : NL;
        const sentences = Array.from({ length: Math.max(perArticle + 10, int(50, 80)) }, () => {
          const s = Array.from({ length: int(8, 16) }, () => (random() < 0.1 ? pick(people).name : pick(words))).join(" ");
          return `${s.charAt(0).toUpperCase()}${s.slice(1)}.`;
        });
        const body = sentences.join(" ");
        let offset = 0;
        const spans = sentences.map((s) => {
          const span = { start: offset, end: offset + s.length };
          offset += s.length + 1;
          return span;
        });
        const id = uuid("article", i);
        const published = day(2015, 2026);
        rows.push([
          id,
          `article-${i}`,
          `${pick(words)} ${pick(words)} ${pick(words)}`,
          language,
          published,
          "DAY",
          body,
          createHash("sha256").update(body).digest("hex"),
          "PUBLISHED",
          now,
        ]);
        // Distinct sentences as quotes.
        const chosen = new Set<number>();
        while (chosen.size < Math.min(perArticle, sentences.length) && evidenceRows.length + chosen.size < sizes.evidence)
          chosen.add(int(0, sentences.length - 1));
        for (const k of chosen) {
          const span = at(spans, k);
          evidenceRows.push([
            uuid("evidence", evidenceRows.length),
            id,
            span.start,
            span.end,
            at(sentences, k),
            random() < 0.7 ? "ON_RECORD" : "OUTLET_ASSESSMENT",
            pick(people).id,
            "PUBLISHED",
            now,
          ]);
        }
      }
      await insert(
        client,
        "Article",
        cols(
          'id:uuid,slug:text,title:text,language:text,publishedOn:date,datePrecision:"DatePrecision",body:text,bodyHash:text,status:"EditorialStatus",updatedAt:timestamp',
        ),
        rows,
      );
      articleBar.increment(rows.length);
    }
    await insert(
      client,
      "Evidence",
      cols(
        'id:uuid,articleId:uuid,startOffset:int,endOffset:int,quote:text,attribution:"Attribution",speakerPersonId:uuid,status:"EditorialStatus",updatedAt:timestamp',
      ),
      evidenceRows,
      bar("Evidence", evidenceRows.length),
    );

    // positions: chains per (party, topic) drift over time; movement from the domain rule
    const positions = Array.from({ length: sizes.positions }, (_, i) => {
      const round = random() < 0.6 ? pick(rounds) : null;
      return {
        id: uuid("position", i),
        partyId: pick(parties).id,
        topicId: pick(topics).id,
        roundId: round?.id ?? null,
        stance: pick(STANCES),
        statedOn: round?.start ?? day(2015, 2026),
      };
    });
    const movement = movementsOfChains(positions);
    await insert(
      client,
      "Position",
      cols(
        'id:uuid,partyId:uuid,topicId:uuid,roundId:uuid,speakerPersonId:uuid,stance:"Stance",summary:text,statedOn:date,datePrecision:"DatePrecision",movement:"Movement",status:"EditorialStatus",updatedAt:timestamp',
      ),
      positions.map((p, i) => [
        p.id,
        p.partyId,
        p.topicId,
        p.roundId,
        at(people, i % people.length).id,
        p.stance,
        `Position ${i}: ${pick(EN)} ${pick(EN)} ${pick(EN)}`,
        p.statedOn,
        "DAY",
        movement.get(p.id) ?? "NEW",
        "PUBLISHED",
        now,
      ]),
      bar("Position", positions.length),
    );
    const positionEvidence = positions.flatMap((p) =>
      [...new Set(Array.from({ length: int(1, 3) }, () => at(evidenceRows, int(0, evidenceRows.length - 1))[0] as string))].map((e) => [p.id, e]),
    );
    await insert(client, "PositionEvidence", cols("positionId:uuid,evidenceId:uuid"), positionEvidence, bar("PositionEvidence", positionEvidence.length));

    const demands = Array.from({ length: sizes.demands }, (_, i) => {
      const from = pick(parties);
      let to = pick(parties);
      if (to.id === from.id) to = at(parties, (parties.indexOf(from) + 1) % parties.length);
      return [
        uuid("demand", i),
        `demand-${i}`,
        from.id,
        to.id,
        pick(topics).id,
        random() < 0.5 ? pick(rounds).id : null,
        `Demand ${i}: ${pick(EN)} ${pick(EN)}`,
        day(2015, 2026),
        "DAY",
        pick(["OPEN", "REJECTED", "MET", "PARTLY_MET"]),
        "PUBLISHED",
        now,
      ];
    });
    await insert(
      client,
      "Demand",
      cols(
        'id:uuid,slug:text,fromPartyId:uuid,toPartyId:uuid,topicId:uuid,roundId:uuid,summary:text,raisedOn:date,datePrecision:"DatePrecision",demandStatus:"DemandStatus",status:"EditorialStatus",updatedAt:timestamp',
      ),
      demands,
      bar("Demand", demands.length),
    );
    await insert(
      client,
      "DemandEvidence",
      cols("demandId:uuid,evidenceId:uuid"),
      demands.map((d) => [d[0], at(evidenceRows, int(0, evidenceRows.length - 1))[0]]),
    );
    bars.stop();
    log("VACUUM ANALYZE …");
    await client.query("VACUUM ANALYZE");
  } finally {
    bars.stop();
    await client.end();
  }
  return { sizes, seconds: (Date.now() - started) / 1000 };
}
