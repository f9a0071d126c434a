// Turns the seed files into rows, resolving every reference and checking every rule before anything
// is written. All problems are collected, so one run shows every mistake in the data.
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import type { z } from "zod";
import {
  aliasesOf,
  articleTitleKey,
  articleUrlKey,
  checkSpan,
  derivedMovements,
  normalizeName,
  normalizePartialDate,
  parseIsoDay,
  endsBeforeStart,
  type Movement,
  type PartialDate,
  textQuoteSelector,
} from "@parley/domain";
import type { Prisma } from "../generated/prisma/client.js";
import {
  articleFile,
  demandsFile,
  outletsFile,
  partiesFile,
  peopleFile,
  processesFile,
  proposalsFile,
  topicsFile,
  type PartialDateFile,
  type TopicFile,
} from "./files.js";
import { seedId } from "./seed-id.js";

export class SeedValidationError extends Error {
  override readonly name = "SeedValidationError";
  constructor(readonly problems: string[]) {
    super(`The seed data is invalid; nothing was loaded.\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  }
}

/** A position row as the seed builds it: its id and day are always set (movement is derived from them). */
type SeedPosition = Prisma.PositionCreateManyInput & { id: string; statedOn: Date | null };

/** Every row the seed writes, in insertion order (parents before children). */
export interface SeedPlan {
  outlets: Prisma.OutletCreateManyInput[];
  parties: Prisma.PartyCreateManyInput[];
  partyAliases: Prisma.PartyAliasCreateManyInput[];
  people: Prisma.PersonCreateManyInput[];
  personAliases: Prisma.PersonAliasCreateManyInput[];
  topics: Prisma.TopicCreateManyInput[];
  topicAliases: Prisma.TopicAliasCreateManyInput[];
  processes: Prisma.NegotiationProcessCreateManyInput[];
  rounds: Prisma.RoundCreateManyInput[];
  roundParticipants: Prisma.RoundParticipantCreateManyInput[];
  roundTopics: Prisma.RoundTopicCreateManyInput[];
  proposals: Prisma.ProposalCreateManyInput[];
  proposalVersions: Prisma.ProposalVersionCreateManyInput[];
  proposalPoints: Prisma.ProposalPointCreateManyInput[];
  articles: Prisma.ArticleCreateManyInput[];
  evidence: Prisma.EvidenceCreateManyInput[];
  personRoles: Prisma.PersonRoleCreateManyInput[];
  positions: SeedPosition[];
  positionEvidence: Prisma.PositionEvidenceCreateManyInput[];
  demands: Prisma.DemandCreateManyInput[];
  demandEvidence: Prisma.DemandEvidenceCreateManyInput[];
  demandStatusChanges: Prisma.DemandStatusChangeCreateManyInput[];
  roundEvidence: Prisma.RoundEvidenceCreateManyInput[];
  roundDateReports: Prisma.RoundDateReportCreateManyInput[];
  delegations: Prisma.DelegationCreateManyInput[];
  delegationMembers: Prisma.DelegationMemberCreateManyInput[];
  proposalEvidence: Prisma.ProposalEvidenceCreateManyInput[];
  articleContributors: Prisma.ArticleContributorCreateManyInput[];
  articleSources: Prisma.ArticleSourceCreateManyInput[];
  events: Prisma.EventCreateManyInput[];
  eventPlaces: Prisma.EventPlaceCreateManyInput[];
  eventParties: Prisma.EventPartyCreateManyInput[];
  eventTopics: Prisma.EventTopicCreateManyInput[];
  eventEvidence: Prisma.EventEvidenceCreateManyInput[];
}

const PUBLISHED = "PUBLISHED" as const;

const ATTENDANCE_RANK: Record<string, number> = { CONFIRMED: 0, ABSENT: 1, REPORTED: 2, UNCERTAIN: 3 };
const ROLE_RANK: Record<string, number> = { HEAD: 0, MEMBER: 1, ADVISER: 2 };
/** Lower wins: how definite the attendance is, then how senior the role (see the delegation seats below). */
function seatRank(m: Pick<Prisma.DelegationMemberCreateManyInput, "role" | "attendance">): number {
  return (ATTENDANCE_RANK[m.attendance ?? "REPORTED"] ?? 9) * 10 + (ROLE_RANK[m.role ?? "MEMBER"] ?? 9);
}

export async function planSeed(seedDir: string): Promise<SeedPlan> {
  const problems: string[] = [];
  const load = async <T extends z.ZodType>(file: string, schema: T): Promise<z.infer<T> | undefined> => {
    const raw: unknown = parseYaml(await readFile(path.join(seedDir, file), "utf8"));
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push(`${file}: ${issue.path.join(".")}: ${issue.message}`);
      return undefined;
    }
    return parsed.data;
  };

  const plan: SeedPlan = {
    outlets: [],
    parties: [],
    partyAliases: [],
    people: [],
    personAliases: [],
    topics: [],
    topicAliases: [],
    processes: [],
    rounds: [],
    roundParticipants: [],
    roundTopics: [],
    proposals: [],
    proposalVersions: [],
    proposalPoints: [],
    articles: [],
    evidence: [],
    personRoles: [],
    positions: [],
    positionEvidence: [],
    demands: [],
    demandEvidence: [],
    demandStatusChanges: [],
    roundEvidence: [],
    roundDateReports: [],
    delegations: [],
    delegationMembers: [],
    proposalEvidence: [],
    articleContributors: [],
    articleSources: [],
    events: [],
    eventPlaces: [],
    eventParties: [],
    eventTopics: [],
    eventEvidence: [],
  };

  const date = (d: PartialDateFile | undefined, where: string): PartialDate => {
    if (!d) return { on: null, precision: "UNKNOWN" };
    try {
      return normalizePartialDate(d.on ? parseIsoDay(d.on) : null, d.precision);
    } catch (error) {
      problems.push(`${where}: ${(error as Error).message}`);
      return { on: null, precision: "UNKNOWN" };
    }
  };
  /** A start and an end, the end not before the start. */
  const dateSpan = (start: PartialDateFile | undefined, end: PartialDateFile | undefined, where: string): [PartialDate, PartialDate] => {
    const s = date(start, where);
    const e = date(end, where);
    if (endsBeforeStart(s, e)) problems.push(`${where}: the end comes before the start`);
    return [s, e];
  };
  const unique = new Set<string>();
  const claim = (kind: string, slug: string, where: string) => {
    if (unique.has(`${kind}:${slug}`)) problems.push(`${where}: duplicate ${kind} slug "${slug}"`);
    unique.add(`${kind}:${slug}`);
  };

  // ── catalog ──
  const ids = {
    outlet: new Map<string, string>(),
    party: new Map<string, string>(),
    person: new Map<string, string>(),
    topic: new Map<string, string>(),
    round: new Map<string, string>(),
    proposal: new Map<string, string>(),
    demand: new Map<string, string>(),
    event: new Map<string, string>(),
  };
  type Kind = keyof typeof ids;
  /** A record's slug, claimed once in its kind; its seed id, recorded for the references to it. */
  const register = (kind: Kind, slug: string, where: string): string => {
    claim(kind, slug, where);
    const id = seedId(kind, slug);
    ids[kind].set(slug, id);
    return id;
  };
  const ref = (kind: Kind, slug: string | null | undefined, where: string): string | null => {
    if (slug == null) return null;
    const id = ids[kind].get(slug);
    if (!id) problems.push(`${where}: unknown ${kind} "${slug}"`);
    return id ?? null;
  };

  for (const o of (await load("catalog/outlets.yaml", outletsFile)) ?? []) {
    const id = register("outlet", o.slug, "catalog/outlets.yaml");
    plan.outlets.push({ id, slug: o.slug, name: o.name, url: o.url ?? null, country: o.country ?? null, language: o.language ?? null, status: PUBLISHED });
  }

  const addAliases = <T>(names: string[], make: (name: string, normalized: string) => T, into: T[]) => {
    for (const name of names) into.push(make(name, normalizeName(name)));
  };

  for (const p of (await load("catalog/parties.yaml", partiesFile)) ?? []) {
    const id = register("party", p.slug, "catalog/parties.yaml");
    plan.parties.push({ id, slug: p.slug, name: p.name, shortName: p.shortName ?? null, kind: p.kind, description: p.description ?? null, status: PUBLISHED });
    addAliases(aliasesOf(p, p.aliases), (name, normalized) => ({ id: seedId("party-alias", p.slug, name), partyId: id, name, normalized }), plan.partyAliases);
  }

  const people = (await load("catalog/people.yaml", peopleFile)) ?? [];
  for (const p of people) {
    const id = register("person", p.slug, "catalog/people.yaml");
    plan.people.push({ id, slug: p.slug, name: p.name, description: p.description ?? null, status: PUBLISHED });
    addAliases(
      aliasesOf(p, p.aliases),
      (name, normalized) => ({ id: seedId("person-alias", p.slug, name), personId: id, name, normalized }),
      plan.personAliases,
    );
  }
  const roleIds = new Map<string, Prisma.PersonRoleCreateManyInput>();
  const addRole = (
    person: string,
    title: string,
    party: string | null | undefined,
    start: PartialDateFile | undefined,
    end: PartialDateFile | undefined,
    where: string,
  ) => {
    const key = `${person}\0${title}`;
    const existing = roleIds.get(key);
    if (existing) return existing;
    const [s, e] = dateSpan(start, end, where);
    const row: Prisma.PersonRoleCreateManyInput = {
      id: seedId("person-role", person, title),
      personId: ref("person", person, where) ?? "",
      partyId: ref("party", party, where),
      title,
      startDate: s.on,
      startDatePrecision: s.precision,
      endDate: e.on,
      endDatePrecision: e.precision,
    };
    roleIds.set(key, row);
    plan.personRoles.push(row);
    return row;
  };
  for (const p of people) for (const r of p.roles) addRole(p.slug, r.title, r.party, r.start, r.end, `catalog/people.yaml: ${p.slug}`);

  const addTopics = (topics: TopicFile[], parent: { id: string; path: string } | null) => {
    for (const t of topics) {
      const id = register("topic", t.slug, "catalog/topics.yaml");
      const topicPath = parent ? `${parent.path}/${t.slug}` : t.slug;
      plan.topics.push({
        id,
        slug: t.slug,
        name: t.name,
        proposition: t.proposition ?? null,
        description: t.description ?? null,
        parentId: parent?.id ?? null,
        path: topicPath,
        status: PUBLISHED,
      });
      addAliases(
        aliasesOf(t, t.aliases),
        (name, normalized) => ({ id: seedId("topic-alias", t.slug, name), topicId: id, name, normalized }),
        plan.topicAliases,
      );
      addTopics(t.children, { id, path: topicPath });
    }
  };
  addTopics((await load("catalog/topics.yaml", topicsFile)) ?? [], null);

  for (const proc of (await load("catalog/processes.yaml", processesFile)) ?? []) {
    claim("process", proc.slug, "catalog/processes.yaml");
    const processId = seedId("process", proc.slug);
    plan.processes.push({ id: processId, slug: proc.slug, name: proc.name, description: proc.description ?? null, status: PUBLISHED });
    for (const r of proc.rounds) {
      const where = `catalog/processes.yaml: ${r.slug}`;
      const id = register("round", r.slug, where);
      const [s, e] = dateSpan(r.start, r.end, where);
      plan.rounds.push({
        id,
        slug: r.slug,
        processId,
        sequence: r.sequence ?? null,
        title: r.title,
        format: r.format,
        roundStatus: r.roundStatus,
        city: r.city ?? null,
        venue: r.venue ?? null,
        country: r.country ?? null,
        startDate: s.on,
        startDatePrecision: s.precision,
        endDate: e.on,
        endDatePrecision: e.precision,
        summary: r.summary ?? null,
        outcome: r.outcome ?? null,
        status: PUBLISHED,
      });
      for (const p of r.participants) plan.roundParticipants.push({ roundId: id, partyId: ref("party", p.party, where) ?? "", role: p.role });
      for (const t of r.agenda) plan.roundTopics.push({ roundId: id, topicId: ref("topic", t, where) ?? "" });
    }
  }

  const proposalVersionIds = new Map<string, string>();
  for (const p of (await load("catalog/proposals.yaml", proposalsFile)) ?? []) {
    const where = `catalog/proposals.yaml: ${p.slug}`;
    const id = register("proposal", p.slug, where);
    plan.proposals.push({
      id,
      slug: p.slug,
      title: p.title,
      description: p.description ?? null,
      authorPartyId: ref("party", p.authorParty, where),
      status: PUBLISHED,
    });
    for (const v of p.versions) {
      const versionId = seedId("proposal-version", p.slug, v.number);
      proposalVersionIds.set(`${p.slug}#${v.number}`, versionId);
      const presented = date(v.presented, where);
      plan.proposalVersions.push({
        id: versionId,
        proposalId: id,
        number: v.number,
        label: v.label,
        pointCount: v.pointCount ?? null,
        pointCountNote: v.pointCountNote ?? null,
        presentedOn: presented.on,
        presentedOnPrecision: presented.precision,
        roundId: ref("round", v.round, where),
        summary: v.summary ?? null,
      });
      for (const pt of v.points) {
        plan.proposalPoints.push({
          id: seedId("proposal-point", p.slug, v.number, pt.number),
          versionId,
          number: pt.number,
          text: pt.text,
          topicId: ref("topic", pt.topic, where),
        });
      }
    }
  }

  const addDemand = (d: z.infer<typeof demandsFile>[number], where: string) => {
    const id = register("demand", d.slug, where);
    const raised = date(d.raised, where);
    const fromPartyId = ref("party", d.from, where) ?? "";
    const toPartyId = ref("party", d.to, where);
    if (toPartyId && toPartyId === fromPartyId) problems.push(`${where}: a party cannot make a demand of itself`);
    const row: Prisma.DemandCreateManyInput = {
      id,
      slug: d.slug,
      fromPartyId,
      toPartyId,
      topicId: ref("topic", d.topic, where) ?? "",
      roundId: ref("round", d.round, where),
      summary: d.summary,
      raisedOn: raised.on,
      datePrecision: raised.precision,
      dateNote: d.dateNote ?? null,
      demandStatus: d.status ?? "OPEN",
      status: PUBLISHED,
    };
    plan.demands.push(row);
  };
  for (const d of (await load("catalog/demands.yaml", demandsFile)) ?? []) addDemand(d, `catalog/demands.yaml: ${d.slug}`);

  // ── articles ──
  const articleNames = (await readdir(path.join(seedDir, "articles"))).filter((f) => f.endsWith(".yaml")).sort();
  const articles: { file: string; data: z.infer<typeof articleFile>; body: string }[] = [];
  for (const file of articleNames) {
    const data = await load(`articles/${file}`, articleFile);
    const body = await readFile(path.join(seedDir, "articles", file.replace(/\.yaml$/, ".txt")), "utf8").catch(() => {
      problems.push(`articles/${file}: its body ${file.replace(/\.yaml$/, ".txt")} is missing`);
      return undefined;
    });
    if (data && body !== undefined) articles.push({ file, data, body });
  }
  // Demands first, so any article may cite a demand another article defines.
  for (const { file, data } of articles) for (const d of data.demands) addDemand({ ...d, quotes: [] }, `articles/${file}: ${d.slug}`);
  // Events likewise: an article may add quotes to an event an earlier article defines.
  for (const { file, data } of articles) {
    for (const e of data.events) {
      const where = `articles/${file}: event ${e.slug}`;
      const id = register("event", e.slug, where);
      const [occurred, ended] = dateSpan(e.occurred, e.ended, where);
      plan.events.push({
        id,
        slug: e.slug,
        type: e.type,
        title: e.title,
        summary: e.summary,
        occurredOn: occurred.on,
        datePrecision: occurred.precision,
        endedOn: ended.on,
        endDatePrecision: ended.precision,
        dateNote: e.dateNote ?? null,
        status: PUBLISHED,
      });
      const places = new Set<string>();
      for (const place of e.places) {
        if (places.has(place.name)) problems.push(`${where}: place "${place.name}" is listed twice`);
        places.add(place.name);
        plan.eventPlaces.push({ id: seedId("event-place", e.slug, place.name), eventId: id, name: place.name, country: place.country ?? null });
      }
      for (const party of e.parties) plan.eventParties.push({ eventId: id, partyId: ref("party", party.party, where) ?? "", role: party.role });
      for (const topic of e.topics) plan.eventTopics.push({ eventId: id, topicId: ref("topic", topic, where) ?? "" });
    }
  }

  const positionsByKey = new Map<string, SeedPosition>();
  // Articles may report the same delegation seat differently (000: Witkoff a confirmed member; 001: the
  // reported head). One report wins whole, so a seat never combines claims no single source made: the
  // most definite attendance, then the most senior role, then the earlier article file. The quotes of
  // all reports are kept as the round's PARTICIPANTS evidence.
  const seats = new Map<string, Prisma.DelegationMemberCreateManyInput & { id: string }>();
  const link = new Set<string>();
  const once = (key: string) => (link.has(key) ? false : (link.add(key), true));

  for (const { file, data, body } of articles) {
    const a = data.article;
    const where = `articles/${file}`;
    claim("article", a.slug, where);
    const articleId = seedId("article", a.slug);
    const published = date(a.published, where);
    plan.articles.push({
      id: articleId,
      slug: a.slug,
      outletId: ref("outlet", a.outlet, where),
      title: a.title,
      author: a.author ?? null,
      url: a.url ?? null,
      language: a.language,
      publishedOn: published.on,
      datePrecision: published.precision,
      dateNote: a.note ?? null,
      body,
      bodyHash: createHash("sha256").update(body).digest("hex"),
      urlKey: a.url ? articleUrlKey(a.url) : null,
      titleKey: articleTitleKey(a.title),
      status: PUBLISHED,
    });

    const quoteIds = new Map<string, string>();
    for (const [key, q] of Object.entries(data.quotes)) {
      const problem = checkSpan(body, { start: q.start, end: q.end, text: q.text });
      if (problem) problems.push(`${where}: quote "${key}": ${problem.message}`);
      quoteIds.set(key, seedId("evidence", a.slug, q.start, q.end));
    }
    const quote = (key: string, at: string): string => {
      const id = quoteIds.get(key);
      if (!id) problems.push(`${where}: ${at}: unknown quote "${key}"`);
      return id ?? "";
    };
    const used = new Set<string>();
    const use = (key: string, at: string) => (used.add(key), quote(key, at));

    for (const [key, q] of Object.entries(data.quotes)) {
      plan.evidence.push({
        id: seedId("evidence", a.slug, q.start, q.end),
        articleId,
        startOffset: q.start,
        endOffset: q.end,
        quote: q.text,
        quotePrefix: textQuoteSelector(body, q.start, q.end).prefix,
        quoteSuffix: textQuoteSelector(body, q.start, q.end).suffix,
        translation: q.translation ?? null,
        translationLanguage: q.translation ? "en" : null,
        attribution: q.attribution,
        confidence: q.confidence,
        speakerPersonId: ref("person", q.speaker, `${where}: quote "${key}"`),
        speakerPartyId: ref("party", q.speakerParty, `${where}: quote "${key}"`),
        deniesEvidenceId: q.denies ? quote(q.denies, `quote "${key}" denies`) : null,
        note: q.note ?? null,
        status: PUBLISHED,
      });
    }

    data.positions.forEach((p, i) => {
      const at = `${where}: positions[${i}]`;
      const stated = date(p.stated, at);
      const key = [p.party, p.topic, p.stance, stated.on?.toISOString() ?? "?", stated.precision, p.round ?? ""].join("|");
      let row = positionsByKey.get(key);
      if (!row) {
        row = {
          id: seedId("position", key),
          partyId: ref("party", p.party, at) ?? "",
          topicId: ref("topic", p.topic, at) ?? "",
          roundId: ref("round", p.round, at),
          speakerPersonId: ref("person", p.speaker, at),
          proposalVersionId: p.proposal
            ? (proposalVersionIds.get(`${p.proposal.proposal}#${p.proposal.version}`) ?? (problems.push(`${at}: unknown proposal version`), null))
            : null,
          stance: p.stance,
          summary: p.summary,
          statedOn: stated.on,
          datePrecision: stated.precision,
          dateNote: p.dateNote ?? null,
          status: PUBLISHED,
        };
        positionsByKey.set(key, row);
        plan.positions.push(row);
      }
      for (const k of p.quotes) {
        const evidenceId = use(k, at);
        if (once(`pe|${row.id}|${evidenceId}`)) plan.positionEvidence.push({ positionId: row.id, evidenceId });
      }
      if (p.reportedMovement) {
        const evidenceId = use(p.reportedMovement.quote, `${at}: reportedMovement`);
        if (row.reportedMovement != null && row.reportedMovement !== p.reportedMovement.movement) {
          problems.push(`${at}: another article reports this position's movement as ${row.reportedMovement}`);
        }
        row.reportedMovement ??= p.reportedMovement.movement;
        row.reportedMovementEvidenceId ??= evidenceId;
      }
      if (p.dateNote && row.dateNote == null) row.dateNote = p.dateNote;
    });

    a.contributors.forEach((c, i) => {
      const at = `${where}: contributors[${i}]`;
      plan.articleContributors.push({
        id: seedId("article-contributor", a.slug, i + 1),
        articleId,
        sequence: i + 1,
        name: c.name,
        role: c.role,
        personId: ref("person", c.person, at),
        evidenceId: use(c.quote, at),
        note: c.note ?? null,
      });
    });
    a.sources.forEach((c, i) => {
      const at = `${where}: sources[${i}]`;
      plan.articleSources.push({
        id: seedId("article-source", a.slug, i + 1),
        articleId,
        sequence: i + 1,
        title: c.title,
        publisher: c.publisher ?? null,
        url: c.url ?? null,
        citation: c.citation,
        evidenceId: use(c.quote, at),
        note: c.note ?? null,
      });
    });
    for (const e of data.events) for (const k of e.quotes) addEventEvidence(e.slug, use(k, `${where}: event ${e.slug}`));
    data.eventEvidence.forEach((e, i) => {
      const at = `${where}: eventEvidence[${i}]`;
      ref("event", e.event, at);
      for (const k of e.quotes) addEventEvidence(e.event, use(k, at));
    });

    for (const d of data.demands) for (const k of d.quotes) addDemandEvidence(d.slug, use(k, `${where}: demand ${d.slug}`));
    for (const d of data.demandEvidence) {
      ref("demand", d.demand, where);
      for (const k of d.quotes) addDemandEvidence(d.demand, use(k, `${where}: demandEvidence ${d.demand}`));
    }
    data.demandStatusChanges.forEach((c, i) => {
      const at = `${where}: demandStatusChanges[${i}]`;
      const changed = date(c.changed, at);
      const demandId = ref("demand", c.demand, at) ?? "";
      const evidenceId = use(c.quote, at);
      plan.demandStatusChanges.push({
        id: seedId("demand-status", c.demand, c.status, evidenceId),
        demandId,
        demandStatus: c.status,
        changedOn: changed.on,
        datePrecision: changed.precision,
        roundId: ref("round", c.round, at),
        evidenceId,
        note: c.note ?? null,
      });
      addDemandEvidence(c.demand, evidenceId);
    });
    data.roundFacts.forEach((f, i) => {
      const roundId = ref("round", f.round, `${where}: roundFacts[${i}]`) ?? "";
      for (const k of f.quotes) {
        const evidenceId = use(k, `${where}: roundFacts[${i}]`);
        if (once(`re|${roundId}|${evidenceId}|${f.aspect}`)) plan.roundEvidence.push({ roundId, evidenceId, aspect: f.aspect });
      }
    });
    data.roundDateReports.forEach((r, i) => {
      const at = `${where}: roundDateReports[${i}]`;
      const [s, e] = dateSpan(r.start, r.end, at);
      const evidenceId = use(r.quote, at);
      plan.roundDateReports.push({
        id: seedId("round-date-report", r.round, r.kind, evidenceId),
        roundId: ref("round", r.round, at) ?? "",
        kind: r.kind,
        startDate: s.on,
        startDatePrecision: s.precision,
        endDate: e.on,
        endDatePrecision: e.precision,
        evidenceId,
        note: r.note ?? null,
      });
    });
    data.delegations.forEach((d, i) => {
      const at = `${where}: delegations[${i}]`;
      const id = seedId("delegation", d.round, d.party);
      const roundId = ref("round", d.round, at) ?? "";
      if (once(`del|${id}`)) {
        plan.delegations.push({ id, roundId, partyId: ref("party", d.party, at) ?? "", note: d.note ?? null, status: PUBLISHED });
      }
      for (const m of d.members) {
        const evidenceId = use(m.quote, at);
        const memberId = seedId("delegation-member", d.round, d.party, m.person);
        const report = { id: memberId, delegationId: id, personId: ref("person", m.person, at) ?? "", role: m.role, attendance: m.attendance, evidenceId };
        const held = seats.get(memberId);
        if (!held || seatRank(report) < seatRank(held)) seats.set(memberId, report);
        // Every report of the seat stays traceable, whichever one the seat itself keeps.
        if (once(`re|${roundId}|${evidenceId}|PARTICIPANTS`)) plan.roundEvidence.push({ roundId, evidenceId, aspect: "PARTICIPANTS" });
      }
    });
    data.personRoles.forEach((r, i) => {
      const at = `${where}: personRoles[${i}]`;
      const role = addRole(r.person, r.title, r.party, r.start, r.end, at);
      const evidenceId = use(r.quote, at);
      role.evidenceId ??= evidenceId;
    });
    data.proposalEvidence.forEach((p, i) => {
      const proposalId = ref("proposal", p.proposal, `${where}: proposalEvidence[${i}]`) ?? "";
      for (const k of p.quotes) {
        const evidenceId = use(k, `${where}: proposalEvidence[${i}]`);
        if (once(`pre|${proposalId}|${evidenceId}`)) plan.proposalEvidence.push({ proposalId, evidenceId });
      }
    });
    for (const key of quoteIds.keys()) if (!used.has(key)) problems.push(`${where}: quote "${key}" supports nothing`);
  }

  plan.delegationMembers.push(...seats.values());

  function addEventEvidence(eventSlug: string, evidenceId: string) {
    const eventId = ids.event.get(eventSlug);
    if (eventId && evidenceId && once(`ee|${eventId}|${evidenceId}`)) plan.eventEvidence.push({ eventId, evidenceId });
  }

  function addDemandEvidence(demandSlug: string, evidenceId: string) {
    const demandId = ids.demand.get(demandSlug);
    if (demandId && evidenceId && once(`de|${demandId}|${evidenceId}`)) plan.demandEvidence.push({ demandId, evidenceId });
  }

  // ── derived fields and whole-set rules ──
  const chains = new Map<string, { id: string; stance: Prisma.PositionCreateManyInput["stance"]; stated: PartialDate }[]>();
  for (const p of plan.positions) {
    const key = `${p.partyId}|${p.topicId}`;
    const chain = chains.get(key) ?? [];
    chain.push({ id: p.id, stance: p.stance, stated: { on: p.statedOn, precision: p.datePrecision ?? "UNKNOWN" } });
    chains.set(key, chain);
  }
  const movement = new Map<string, Movement>();
  // The domain's time order: an undated statement never precedes (and so never moves) a dated one.
  for (const chain of chains.values()) for (const [id, m] of derivedMovements(chain)) movement.set(id, m);
  for (const p of plan.positions) p.movement = movement.get(p.id);

  for (const d of plan.demands) {
    const history = plan.demandStatusChanges.filter((c) => c.demandId === d.id);
    const latest = history.sort((x, y) => ((x.changedOn as Date | null)?.getTime() ?? 0) - ((y.changedOn as Date | null)?.getTime() ?? 0)).at(-1);
    if (latest) d.demandStatus = latest.demandStatus;
    if (!plan.demandEvidence.some((e) => e.demandId === d.id)) problems.push(`demand "${d.slug}" has no quote`);
  }
  for (const p of plan.positions) {
    if (!plan.positionEvidence.some((e) => e.positionId === p.id)) problems.push(`position ${p.id} has no quote`);
  }
  for (const e of plan.events) {
    if (!plan.eventEvidence.some((x) => x.eventId === e.id)) problems.push(`event "${e.slug}" has no quote`);
  }

  if (problems.length > 0) throw new SeedValidationError(problems);
  return plan;
}
