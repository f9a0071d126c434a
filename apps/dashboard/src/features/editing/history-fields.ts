// How each record type's audited snapshot reads in its history: which fields, in which order, under
// which label (messages "editing.history.fields.*", en + nl), enum values in the editor's language,
// partial dates as dates, and every id a snapshot holds — also inside lists (a round's participants,
// a proposal's points) — named. The API's snapshot shapes live in apps/api/src/<concept>/*-record.ts.
import type { Format } from "@/lib/format";
import type { EnumName } from "@/lib/format/enums";
import type { NameOf, Reference } from "./history-panel";
import type { Presented, PresentedValue } from "./record-diff";
import { oneOf, text, texts, type Snapshot } from "./snapshot";

/** Which record type an id field points to, wherever it stands in a snapshot. */
const LINKS: Readonly<Record<string, Reference["type"]>> = {
  partyId: "Party",
  fromPartyId: "Party",
  toPartyId: "Party",
  speakerPartyId: "Party",
  authorPartyId: "Party",
  personId: "Person",
  speakerPersonId: "Person",
  topicId: "Topic",
  parentId: "Topic",
  agendaTopicIds: "Topic",
  roundId: "Round",
  evidenceId: "Evidence",
  evidenceIds: "Evidence",
  deniesEvidenceId: "Evidence",
  outletId: "Outlet",
  processId: "NegotiationProcess",
  articleId: "Article",
  supersededById: "Demand",
};

/** Every reference in a snapshot, nested lists included. */
export function referencesIn(value: unknown): Reference[] {
  if (Array.isArray(value)) return value.flatMap(referencesIn);
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([key, v]): Reference[] => {
    const type = LINKS[key];
    if (!type) return referencesIn(v);
    const ids: unknown[] = Array.isArray(v) ? v : [v];
    return ids.filter((id): id is string => typeof id === "string").map((id) => ({ type, id }));
  });
}

export interface Context {
  nameOf: NameOf;
  format: Pick<Format, "partialDate" | "number" | "language">;
  /** An enum value in the editor's language (the value itself if the interface does not know it). */
  enumLabel: (name: EnumName, value: string) => string;
  yes: string;
  no: string;
}

type Read = (s: Snapshot, c: Context) => PresentedValue;

const PRECISIONS = ["DAY", "MONTH", "YEAR", "UNKNOWN"] as const;

const isSnapshot = (v: unknown): v is Snapshot => typeof v === "object" && v !== null && !Array.isArray(v);
const itemsOf = (s: Snapshot, key: string): Snapshot[] => {
  const v = s[key];
  return Array.isArray(v) ? v.filter(isSnapshot) : [];
};
const join = (...parts: (string | null | undefined)[]) => parts.filter((p): p is string => Boolean(p)).join(" · ");

// Readers: one per kind of field.
const plain =
  (key: string): Read =>
  (s) =>
    text(s, key);
const enumOf =
  (name: EnumName, key: string): Read =>
  (s, c) =>
    enumText(name, text(s, key), c);
function enumText(name: EnumName, value: string | null, c: Context): string | null {
  return value === null ? null : c.enumLabel(name, value);
}
const language =
  (key: string): Read =>
  (s, c) => {
    const tag = text(s, key);
    return tag ? c.format.language(tag) : null;
  };
const ref =
  (type: Reference["type"], key: string): Read =>
  (s, c) => {
    const id = text(s, key);
    return id ? c.nameOf({ type, id }) : null;
  };
const refs =
  (type: Reference["type"], key: string): Read =>
  (s, c) =>
    texts(s, key).map((id) => c.nameOf({ type, id }));
/** A date kept as `{ on, precision }` (catalog snapshots). */
function dateOf(value: unknown, c: Context): string | null {
  if (!isSnapshot(value)) return null;
  const precision = oneOf(text(value, "precision"), PRECISIONS) ?? "UNKNOWN";
  return c.format.partialDate({ on: text(value, "on")?.slice(0, 10) ?? null, precision });
}
const date =
  (key: string): Read =>
  (s, c) =>
    dateOf(s[key], c);
/** A date kept as two columns (a record's own row: `raisedOn` + `datePrecision`). */
const dateColumns =
  (onKey: string, precisionKey: string): Read =>
  (s, c) =>
    dateOf({ on: s[onKey] ?? null, precision: s[precisionKey] ?? "UNKNOWN" }, c);
const items =
  (key: string, line: (item: Snapshot, c: Context) => string): Read =>
  (s, c) =>
    itemsOf(s, key).map((item) => line(item, c));
const name = (type: Reference["type"], id: string | null, c: Context) => (id ? c.nameOf({ type, id }) : null);

const editorial: Record<string, Read> = {
  status: enumOf("EditorialStatus", "status"),
  deleted: (s, c) => ("deletedAt" in s ? (s.deletedAt ? c.yes : c.no) : null),
};
const named: Record<string, Read> = { name: plain("name"), slug: plain("slug") };

/** The fields each record type shows, in order: label key → how its value reads. */
const PRESENTERS: Readonly<Record<string, Readonly<Record<string, Read>>>> = {
  Party: { ...named, shortName: plain("shortName"), kind: enumOf("PartyKind", "kind"), description: plain("description"), aliases: (s) => texts(s, "aliases") },
  Person: {
    ...named,
    description: plain("description"),
    aliases: (s) => texts(s, "aliases"),
    roles: items("roles", (r, c) => join(text(r, "title"), name("Party", text(r, "partyId"), c), rangeOf(r, c), name("Evidence", text(r, "evidenceId"), c))),
  },
  Topic: {
    ...named,
    parent: ref("Topic", "parentId"),
    proposition: plain("proposition"),
    description: plain("description"),
    aliases: (s) => texts(s, "aliases"),
  },
  Outlet: { ...named, url: plain("url"), country: plain("country"), language: language("language") },
  NegotiationProcess: { ...named, description: plain("description") },
  Round: {
    title: plain("title"),
    slug: plain("slug"),
    process: ref("NegotiationProcess", "processId"),
    sequence: plain("sequence"),
    roundStatus: enumOf("RoundStatus", "roundStatus"),
    format: enumOf("RoundFormat", "format"),
    start: date("start"),
    end: date("end"),
    venue: plain("venue"),
    city: plain("city"),
    country: plain("country"),
    summary: plain("summary"),
    outcome: plain("outcome"),
    participants: items("participants", (p, c) => join(name("Party", text(p, "partyId"), c), enumText("ParticipantRole", text(p, "role"), c))),
    agenda: refs("Topic", "agendaTopicIds"),
    quotes: items("evidence", (e, c) => join(name("Evidence", text(e, "evidenceId"), c), enumText("RoundAspect", text(e, "aspect"), c))),
    dateReports: items("dateReports", (r, c) =>
      join(enumText("DateReportKind", text(r, "kind"), c), rangeOf(r, c), name("Evidence", text(r, "evidenceId"), c), text(r, "note")),
    ),
  },
  Delegation: {
    party: ref("Party", "partyId"),
    round: ref("Round", "roundId"),
    note: plain("note"),
    members: items("members", (m, c) =>
      join(
        name("Person", text(m, "personId"), c),
        enumText("DelegationRole", text(m, "role"), c),
        enumText("Attendance", text(m, "attendance"), c),
        name("Evidence", text(m, "evidenceId"), c),
      ),
    ),
  },
  Proposal: {
    title: plain("title"),
    slug: plain("slug"),
    authorParty: ref("Party", "authorPartyId"),
    description: plain("description"),
    versions: items("versions", (v, c) =>
      join(`${text(v, "number") ?? "?"}. ${text(v, "label") ?? ""}`, dateOf(v.presented, c), name("Round", text(v, "roundId"), c), text(v, "summary")),
    ),
    points: (s, c) =>
      itemsOf(s, "versions").flatMap((v) =>
        itemsOf(v, "points").map((p) =>
          join(`${text(v, "number") ?? "?"}.${text(p, "number") ?? "?"} ${text(p, "text") ?? ""}`, name("Topic", text(p, "topicId"), c)),
        ),
      ),
    quotes: refs("Evidence", "evidenceIds"),
  },
  Demand: {
    summary: plain("summary"),
    slug: plain("slug"),
    from: ref("Party", "fromPartyId"),
    to: ref("Party", "toPartyId"),
    topic: ref("Topic", "topicId"),
    round: ref("Round", "roundId"),
    raised: dateColumns("raisedOn", "datePrecision"),
    dateNote: plain("dateNote"),
    demandStatus: enumOf("DemandStatus", "demandStatus"),
    statusHistory: items("history", (h, c) =>
      join(
        enumText("DemandStatus", text(h, "demandStatus"), c),
        dateOf({ on: h.changedOn ?? null, precision: h.datePrecision ?? "UNKNOWN" }, c),
        name("Round", text(h, "roundId"), c),
        name("Evidence", text(h, "evidenceId"), c),
        text(h, "note"),
      ),
    ),
    quotes: items("evidence", (e, c) => name("Evidence", text(e, "evidenceId"), c) ?? "—"),
    supersededBy: ref("Demand", "supersededById"),
  },
  Position: {
    summary: plain("summary"),
    stance: enumOf("Stance", "stance"),
    movement: enumOf("Movement", "movement"),
    stated: dateColumns("statedOn", "datePrecision"),
    party: ref("Party", "partyId"),
    topic: ref("Topic", "topicId"),
    round: ref("Round", "roundId"),
    speaker: ref("Person", "speakerPersonId"),
    quotes: refs("Evidence", "evidenceIds"),
  },
  Article: {
    title: plain("title"),
    slug: plain("slug"),
    outlet: ref("Outlet", "outletId"),
    author: plain("author"),
    url: plain("url"),
    language: language("language"),
    published: dateColumns("publishedOn", "datePrecision"),
    dateNote: plain("dateNote"),
    // The body is long: its opening words and its length show that (and roughly how) it changed.
    body: (s, c) => {
      const body = text(s, "body");
      return body === null ? null : `${body.slice(0, 140)}${body.length > 140 ? "…" : ""} (${c.format.number(body.length)})`;
    },
  },
  Evidence: {
    quote: plain("quote"),
    article: ref("Article", "articleId"),
    translation: plain("translation"),
    translationLanguage: language("translationLanguage"),
    attribution: enumOf("Attribution", "attribution"),
    confidence: enumOf("Confidence", "confidence"),
    speaker: ref("Person", "speakerPersonId"),
    speakerParty: ref("Party", "speakerPartyId"),
    denies: ref("Evidence", "deniesEvidenceId"),
    note: plain("note"),
  },
};

function rangeOf(item: Snapshot, c: Context): string | null {
  const start = dateOf(item.start, c);
  const end = dateOf(item.end, c);
  return start && end ? `${start} – ${end}` : (start ?? end);
}

/** A snapshot as label key → text (or texts); unknown types show only their editorial state. */
export function presentSnapshot(type: string | null, s: Snapshot, c: Context): Presented {
  const fields = { ...(type ? PRESENTERS[type] : undefined), ...editorial };
  return Object.fromEntries(Object.entries(fields).map(([field, read]) => [field, read(s, c)]));
}
