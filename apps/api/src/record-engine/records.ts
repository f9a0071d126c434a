// Editing the catalog records (outlets, parties, people, topics, processes, rounds, delegations,
// proposals) with one mechanism: validate with the record's zod schema, claim the version, write, audit.
// Each record type says only what is its own: its schema and how its fields map to columns.
import { z } from "zod";
import { endsBeforeStart, isoDayOf, normalizeName, partialDateText, stateChangeEffect, type PartialDate, type StateChange } from "@parley/domain";
import { type Db, Attendance, DelegationRole, ParticipantRole, PartyKind, RoundFormat, RoundStatus } from "@parley/db";
import { DomainError, fieldError } from "../errors/domain-error.js";
import { type Actor, recordAudit, stateAtVersion, transaction, type Tx } from "../audit/audit.js";
import { DEMAND_AUDIT } from "../demand/edit-demand.js";
import { refuseDeletedQuotes, refuseDeletingQuoteInUse } from "../article/edit-article.js";
import { proposalEvidenceIds, proposalEvidenceSnapshot, replaceProposalEvidence, replaceRoundFacts, roundFactLists, roundFactsSnapshot } from "../round/fact-lists.js";
import { checkSpan, LIMITS, partialDate, slug, text, uuid } from "../validation/field-rules.js";
import { inputError, parseInput } from "../validation/parse-input.js";
import { claimVersion, type VersionedType } from "../versioning/claim-version.js";

const aliases = z.array(text(LIMITS.name)).max(100).optional();


interface EntitySpec<I> {
  type: VersionedType;
  schema: z.ZodType<I>;
  /** The same schema with every field optional, for updates. */
  patch: z.ZodType<Partial<I>>;
  load(tx: Tx, id: string): Promise<{ id: string; version: number; deletedAt?: Date | null } | null>;
  slugTaken?(tx: Tx, slug: string): Promise<boolean>;
  create(tx: Tx, input: I): Promise<{ id: string }>;
  update(tx: Tx, id: string, patch: Partial<I>): Promise<void>;
  setState(tx: Tx, id: string, data: { deletedAt?: Date | null; status?: "DRAFT" | "PUBLISHED" }): Promise<void>;
  /** The record in its input shape, relations included: what the audit log keeps, and what a revert writes back. */
  snapshot(tx: Tx, id: string): Promise<Record<string, unknown>>;
}

function spec<I>(s: EntitySpec<I>): EntitySpec<I> {
  return s;
}

const roundDates = (start: PartialDate | undefined, end: PartialDate | undefined) => ({
  ...(start ? { startDate: start.on, startDatePrecision: start.precision } : {}),
  ...(end ? { endDate: end.on, endDatePrecision: end.precision } : {}),
});

async function replaceAliases(tx: Tx, kind: "party" | "person" | "topic", ownerId: string, names: string[] | undefined): Promise<void> {
  if (!names) return;
  const rows = [...new Set(names)].map((name) => ({ name, normalized: normalizeName(name) }));
  if (kind === "party") {
    await tx.partyAlias.deleteMany({ where: { partyId: ownerId } });
    await tx.partyAlias.createMany({ data: rows.map((r) => ({ ...r, partyId: ownerId })) });
  } else if (kind === "person") {
    await tx.personAlias.deleteMany({ where: { personId: ownerId } });
    await tx.personAlias.createMany({ data: rows.map((r) => ({ ...r, personId: ownerId })) });
  } else {
    await tx.topicAlias.deleteMany({ where: { topicId: ownerId } });
    await tx.topicAlias.createMany({ data: rows.map((r) => ({ ...r, topicId: ownerId })) });
  }
}

// ── record types ──

/** A stored partial date in its input shape. */


const outletFields = z.object({ slug, name: text(LIMITS.name), url: z.string().url().max(2_000).nullish(), country: z.string().length(2).nullish(), language: z.string().max(20).nullish() });
const outlet = spec({
  type: "Outlet",
  schema: outletFields,
  patch: outletFields.partial(),
  load: (tx, id) => tx.outlet.findUnique({ where: { id } }),
  slugTaken: async (tx, s) => (await tx.outlet.count({ where: { slug: s } })) > 0,
  create: (tx, v) => tx.outlet.create({ data: v, select: { id: true } }),
  update: async (tx, id, v) => void (await tx.outlet.update({ where: { id }, data: v })),
  snapshot: async (tx, id) => {
    const o = await tx.outlet.findUniqueOrThrow({ where: { id } });
    return { slug: o.slug, name: o.name, url: o.url, country: o.country, language: o.language };
  },
  setState: async (tx, id, data) => void (await tx.outlet.update({ where: { id }, data })),
});

const partyFields = z.object({
  slug,
  name: text(LIMITS.name),
  shortName: text(50).nullish(),
  kind: z.enum(PartyKind),
  description: text(LIMITS.note).nullish(),
  aliases,
});
const party = spec({
  type: "Party",
  schema: partyFields,
  patch: partyFields.partial(),
  load: (tx, id) => tx.party.findUnique({ where: { id } }),
  slugTaken: async (tx, s) => (await tx.party.count({ where: { slug: s } })) > 0,
  create: async (tx, { aliases: names, ...v }) => {
    const row = await tx.party.create({ data: v, select: { id: true } });
    await replaceAliases(tx, "party", row.id, [v.name, ...(names ?? [])]);
    return row;
  },
  update: async (tx, id, { aliases: names, ...v }) => {
    await tx.party.update({ where: { id }, data: v });
    await replaceAliases(tx, "party", id, names);
  },
  snapshot: async (tx, id) => {
    const p = await tx.party.findUniqueOrThrow({ where: { id }, include: { aliases: { orderBy: { name: "asc" } } } });
    return { slug: p.slug, name: p.name, shortName: p.shortName, kind: p.kind, description: p.description, aliases: p.aliases.map((a) => a.name) };
  },
  setState: async (tx, id, data) => void (await tx.party.update({ where: { id }, data })),
});

const roleInput = z
  .object({ title: text(LIMITS.name), partyId: uuid.nullish(), start: partialDate.optional(), end: partialDate.optional(), evidenceId: uuid.nullish() })
  .superRefine(checkSpan);
const personFields = z.object({ slug, name: text(LIMITS.name), description: text(LIMITS.note).nullish(), aliases, roles: z.array(roleInput).max(100).optional() });

async function replaceRoles(tx: Tx, personId: string, roles: z.infer<typeof roleInput>[] | undefined): Promise<void> {
  if (!roles) return;
  await tx.personRole.deleteMany({ where: { personId } });
  await tx.personRole.createMany({
    data: roles.map((r) => ({
      personId,
      title: r.title,
      partyId: r.partyId ?? null,
      startDate: r.start?.on ?? null,
      startDatePrecision: r.start?.precision ?? "UNKNOWN",
      endDate: r.end?.on ?? null,
      endDatePrecision: r.end?.precision ?? "UNKNOWN",
      evidenceId: r.evidenceId ?? null,
    })),
  });
}
const person = spec({
  type: "Person",
  schema: personFields,
  patch: personFields.partial(),
  load: (tx, id) => tx.person.findUnique({ where: { id } }),
  slugTaken: async (tx, s) => (await tx.person.count({ where: { slug: s } })) > 0,
  create: async (tx, { aliases: names, roles, ...v }) => {
    const row = await tx.person.create({ data: v, select: { id: true } });
    await replaceAliases(tx, "person", row.id, [v.name, ...(names ?? [])]);
    await replaceRoles(tx, row.id, roles);
    return row;
  },
  update: async (tx, id, { aliases: names, roles, ...v }) => {
    await tx.person.update({ where: { id }, data: v });
    await replaceAliases(tx, "person", id, names);
    await replaceRoles(tx, id, roles);
  },
  snapshot: async (tx, id) => {
    const p = await tx.person.findUniqueOrThrow({ where: { id }, include: { aliases: { orderBy: { name: "asc" } }, roles: { orderBy: { id: "asc" } } } });
    return {
      slug: p.slug,
      name: p.name,
      description: p.description,
      aliases: p.aliases.map((a) => a.name),
      roles: p.roles.map((r) => ({ title: r.title, partyId: r.partyId, start: partialDateText(r.startDate, r.startDatePrecision), end: partialDateText(r.endDate, r.endDatePrecision), evidenceId: r.evidenceId })),
    };
  },
  setState: async (tx, id, data) => void (await tx.person.update({ where: { id }, data })),
});

const topicFields = z.object({ slug, name: text(LIMITS.name), proposition: text(LIMITS.summary).nullish(), description: text(LIMITS.note).nullish(), parentId: uuid.nullish(), aliases });

/** A topic's path is its ancestors' slugs: moving or renaming one rewrites its subtree's paths. */
async function topicPath(tx: Tx, parentId: string | null | undefined, ownSlug: string, selfId?: string): Promise<string> {
  if (!parentId) return ownSlug;
  const parent = await tx.topic.findUnique({ where: { id: parentId }, select: { id: true, path: true } });
  if (!parent) throw inputError(["parentId"], "no such topic.");
  if (selfId && (parent.id === selfId || parent.path.split("/").includes(ownSlug))) {
    throw inputError(["parentId"], "a topic cannot be placed under itself or its own subtopic.");
  }
  return `${parent.path}/${ownSlug}`;
}

const topic = spec({
  type: "Topic",
  schema: topicFields,
  patch: topicFields.partial(),
  load: (tx, id) => tx.topic.findUnique({ where: { id } }),
  slugTaken: async (tx, s) => (await tx.topic.count({ where: { slug: s } })) > 0,
  create: async (tx, { aliases: names, ...v }) => {
    const row = await tx.topic.create({ data: { ...v, path: await topicPath(tx, v.parentId, v.slug) }, select: { id: true } });
    await replaceAliases(tx, "topic", row.id, [v.name, ...(names ?? [])]);
    return row;
  },
  update: async (tx, id, { aliases: names, ...v }) => {
    const current = await tx.topic.findUniqueOrThrow({ where: { id }, select: { slug: true, parentId: true, path: true } });
    const newSlug = v.slug ?? current.slug;
    const newPath = await topicPath(tx, v.parentId === undefined ? current.parentId : v.parentId, newSlug, id);
    await tx.topic.update({ where: { id }, data: { ...v, path: newPath } });
    if (newPath !== current.path) {
      await tx.$executeRaw`UPDATE "Topic" SET path = ${newPath} || substr(path, ${current.path.length + 1}) WHERE path LIKE ${`${current.path}/%`}`;
    }
    await replaceAliases(tx, "topic", id, names);
  },
  snapshot: async (tx, id) => {
    const t = await tx.topic.findUniqueOrThrow({ where: { id }, include: { aliases: { orderBy: { name: "asc" } } } });
    return { slug: t.slug, name: t.name, proposition: t.proposition, description: t.description, parentId: t.parentId, aliases: t.aliases.map((a) => a.name) };
  },
  setState: async (tx, id, data) => void (await tx.topic.update({ where: { id }, data })),
});

const processFields = z.object({ slug, name: text(LIMITS.name), description: text(LIMITS.note).nullish() });
const process = spec({
  type: "NegotiationProcess",
  schema: processFields,
  patch: processFields.partial(),
  load: (tx, id) => tx.negotiationProcess.findUnique({ where: { id } }),
  slugTaken: async (tx, s) => (await tx.negotiationProcess.count({ where: { slug: s } })) > 0,
  create: (tx, v) => tx.negotiationProcess.create({ data: v, select: { id: true } }),
  update: async (tx, id, v) => void (await tx.negotiationProcess.update({ where: { id }, data: v })),
  snapshot: async (tx, id) => {
    const p = await tx.negotiationProcess.findUniqueOrThrow({ where: { id } });
    return { slug: p.slug, name: p.name, description: p.description };
  },
  setState: async (tx, id, data) => void (await tx.negotiationProcess.update({ where: { id }, data })),
});

const participant = z.object({ partyId: uuid, role: z.enum(ParticipantRole).default("PARTICIPANT") });
const roundObject = z.object({
  slug,
  processId: uuid.nullish(),
  sequence: z.number().int().positive().nullish(),
  title: text(LIMITS.title),
  format: z.enum(RoundFormat),
  roundStatus: z.enum(RoundStatus),
  city: text(LIMITS.name).nullish(),
  venue: text(LIMITS.name).nullish(),
  country: z.string().length(2).nullish(),
  start: partialDate.optional(),
  end: partialDate.optional(),
  summary: text(LIMITS.summary).nullish(),
  outcome: text(LIMITS.summary).nullish(),
  participants: z.array(participant).max(50).optional(),
  agendaTopicIds: z.array(uuid).max(100).optional(),
  // Quotes behind its facts and the dates sources gave: edited by their own mutations (round-facts.ts),
  // written back here by a revert.
  ...roundFactLists,
});
const roundFields = roundObject.superRefine(checkSpan);
type RoundInput = z.infer<typeof roundObject>;

async function roundRelations(tx: Tx, id: string, v: Partial<RoundInput>): Promise<void> {
  if (v.participants) {
    await tx.roundParticipant.deleteMany({ where: { roundId: id } });
    await tx.roundParticipant.createMany({ data: v.participants.map((p) => ({ roundId: id, partyId: p.partyId, role: p.role })), skipDuplicates: true });
  }
  if (v.agendaTopicIds) {
    await tx.roundTopic.deleteMany({ where: { roundId: id } });
    await tx.roundTopic.createMany({ data: [...new Set(v.agendaTopicIds)].map((topicId) => ({ roundId: id, topicId })) });
  }
  await replaceRoundFacts(tx, id, v);
}
const roundColumns = ({ participants: _p, agendaTopicIds: _a, evidence: _e, dateReports: _d, start, end, ...v }: Partial<RoundInput>) => ({ ...v, ...roundDates(start, end) });

const round = spec<RoundInput>({
  type: "Round",
  schema: roundFields,
  patch: roundObject.partial().superRefine(checkSpan),
  load: (tx, id) => tx.round.findUnique({ where: { id } }),
  slugTaken: async (tx, s) => (await tx.round.count({ where: { slug: s } })) > 0,
  create: async (tx, v) => {
    const row = await tx.round.create({ data: { ...roundColumns(v), slug: v.slug, title: v.title, format: v.format, roundStatus: v.roundStatus }, select: { id: true } });
    await roundRelations(tx, row.id, v);
    return row;
  },
  update: async (tx, id, v) => {
    const current = await tx.round.findUniqueOrThrow({ where: { id }, select: { startDate: true, startDatePrecision: true, endDate: true, endDatePrecision: true } });
    const start = v.start ?? { on: current.startDate, precision: current.startDatePrecision };
    const end = v.end ?? { on: current.endDate, precision: current.endDatePrecision };
    if (endsBeforeStart(start, end)) throw fieldError(["end"], "the end comes before the start");
    await tx.round.update({ where: { id }, data: roundColumns(v) });
    await roundRelations(tx, id, v);
  },
  snapshot: async (tx, id) => {
    const r = await tx.round.findUniqueOrThrow({ where: { id }, include: { participants: true, agenda: true } });
    return {
      slug: r.slug,
      processId: r.processId,
      sequence: r.sequence,
      title: r.title,
      format: r.format,
      roundStatus: r.roundStatus,
      city: r.city,
      venue: r.venue,
      country: r.country,
      start: partialDateText(r.startDate, r.startDatePrecision),
      end: partialDateText(r.endDate, r.endDatePrecision),
      summary: r.summary,
      outcome: r.outcome,
      participants: r.participants.map((p) => ({ partyId: p.partyId, role: p.role })),
      agendaTopicIds: r.agenda.map((a) => a.topicId),
      ...(await roundFactsSnapshot(tx, id)),
    };
  },
  setState: async (tx, id, data) => void (await tx.round.update({ where: { id }, data })),
});

const member = z.object({
  personId: uuid,
  role: z.enum(DelegationRole).default("MEMBER"),
  attendance: z.enum(Attendance).default("REPORTED"),
  evidenceId: uuid.nullish(),
});
const delegationFields = z.object({
  roundId: uuid,
  partyId: uuid,
  note: text(LIMITS.note).nullish(),
  members: z.array(member).max(100).refine((m) => m.filter((x) => x.role === "HEAD").length <= 1, "a delegation has at most one head").optional(),
});
type DelegationInput = z.infer<typeof delegationFields>;
async function replaceMembers(tx: Tx, delegationId: string, members: DelegationInput["members"]): Promise<void> {
  if (!members) return;
  await tx.delegationMember.deleteMany({ where: { delegationId } });
  await tx.delegationMember.createMany({ data: members.map((m) => ({ delegationId, personId: m.personId, role: m.role, attendance: m.attendance, evidenceId: m.evidenceId ?? null })), skipDuplicates: true });
}
const delegation = spec<DelegationInput>({
  type: "Delegation",
  schema: delegationFields,
  patch: delegationFields.partial(),
  load: (tx, id) => tx.delegation.findUnique({ where: { id } }),
  create: async (tx, { members, ...v }) => {
    if (await tx.delegation.count({ where: { roundId: v.roundId, partyId: v.partyId } })) {
      throw inputError(["partyId"], "this party already has a delegation at this round; edit that one.");
    }
    const row = await tx.delegation.create({ data: v, select: { id: true } });
    await replaceMembers(tx, row.id, members);
    return row;
  },
  update: async (tx, id, { members, ...v }) => {
    await tx.delegation.update({ where: { id }, data: v });
    await replaceMembers(tx, id, members);
  },
  snapshot: async (tx, id) => {
    const d = await tx.delegation.findUniqueOrThrow({ where: { id }, include: { members: { orderBy: { id: "asc" } } } });
    return { roundId: d.roundId, partyId: d.partyId, note: d.note, members: d.members.map((m) => ({ personId: m.personId, role: m.role, attendance: m.attendance, evidenceId: m.evidenceId })) };
  },
  setState: async (tx, id, data) => void (await tx.delegation.update({ where: { id }, data })),
});

const point = z.object({ number: z.number().int().positive(), text: text(LIMITS.summary), topicId: uuid.nullish() });
const versionInput = z.object({
  number: z.number().int().positive(),
  label: text(LIMITS.title),
  pointCount: z.number().int().positive().nullish(),
  pointCountNote: text(LIMITS.name).nullish(),
  presented: partialDate.optional(),
  roundId: uuid.nullish(),
  summary: text(LIMITS.summary).nullish(),
  points: z.array(point).max(200).optional(),
});
const proposalFields = z.object({
  slug,
  title: text(LIMITS.title),
  description: text(LIMITS.summary).nullish(),
  authorPartyId: uuid.nullish(),
  versions: z.array(versionInput).max(50).refine((vs) => new Set(vs.map((v) => v.number)).size === vs.length, "version numbers must be unique").optional(),
  /** The quotes behind it: edited by add/removeProposalEvidence, written back here by a revert. */
  evidenceIds: proposalEvidenceIds,
});
type ProposalInput = z.infer<typeof proposalFields>;
/**
 * Versions and points are matched by number: changed ones are updated in place (their ids stay, so
 * positions keep their link to a version), new ones are created, and only removed ones are deleted — a
 * version that positions still cite is refused rather than silently unlinked. A version given without
 * `points` keeps its points.
 */
async function replaceVersions(tx: Tx, proposalId: string, versions: ProposalInput["versions"]): Promise<void> {
  if (!versions) return;
  const existing = await tx.proposalVersion.findMany({ where: { proposalId }, include: { points: true, _count: { select: { positions: true } } } });
  const wanted = new Set(versions.map((v) => v.number));
  const removed = existing.filter((v) => !wanted.has(v.number));
  const cited = removed.filter((v) => v._count.positions > 0);
  if (cited.length > 0) {
    const numbers = cited.map((v) => v.number);
    throw fieldError(["versions"], `version ${numbers.join(", ")} is still cited by positions; link those positions to another version first.`, { citedVersionNumbers: numbers });
  }
  if (removed.length > 0) await tx.proposalVersion.deleteMany({ where: { id: { in: removed.map((v) => v.id) } } });
  const byNumber = new Map(existing.map((v) => [v.number, v]));
  for (const { points, presented, number, ...v } of versions) {
    const columns = {
      label: v.label,
      pointCount: v.pointCount ?? null,
      pointCountNote: v.pointCountNote ?? null,
      presentedOn: presented?.on ?? null,
      presentedOnPrecision: presented?.precision ?? "UNKNOWN",
      roundId: v.roundId ?? null,
      summary: v.summary ?? null,
    } as const;
    const old = byNumber.get(number);
    if (!old) {
      await tx.proposalVersion.create({
        data: { ...columns, proposalId, number, points: { create: (points ?? []).map((p) => ({ number: p.number, text: p.text, topicId: p.topicId ?? null })) } },
      });
      continue;
    }
    const changed =
      old.label !== columns.label || old.pointCount !== columns.pointCount || old.pointCountNote !== columns.pointCountNote || isoDayOf(old.presentedOn) !== isoDayOf(columns.presentedOn) ||
      old.presentedOnPrecision !== columns.presentedOnPrecision || old.roundId !== columns.roundId || old.summary !== columns.summary;
    if (changed) await tx.proposalVersion.update({ where: { id: old.id }, data: { ...columns, version: { increment: 1 } } });
    if (!points) continue;
    const oldPoints = new Map(old.points.map((p) => [p.number, p]));
    const keep = new Set(points.map((p) => p.number));
    await tx.proposalPoint.deleteMany({ where: { versionId: old.id, number: { notIn: [...keep] } } });
    for (const p of points) {
      const was = oldPoints.get(p.number);
      const topicId = p.topicId ?? null;
      if (!was) await tx.proposalPoint.create({ data: { versionId: old.id, number: p.number, text: p.text, topicId } });
      else if (was.text !== p.text || was.topicId !== topicId) await tx.proposalPoint.update({ where: { id: was.id }, data: { text: p.text, topicId, version: { increment: 1 } } });
    }
  }
}
const proposal = spec<ProposalInput>({
  type: "Proposal",
  schema: proposalFields,
  patch: proposalFields.partial(),
  load: (tx, id) => tx.proposal.findUnique({ where: { id } }),
  slugTaken: async (tx, s) => (await tx.proposal.count({ where: { slug: s } })) > 0,
  create: async (tx, { versions, evidenceIds, ...v }) => {
    const row = await tx.proposal.create({ data: v, select: { id: true } });
    await replaceVersions(tx, row.id, versions);
    await replaceProposalEvidence(tx, row.id, evidenceIds);
    return row;
  },
  update: async (tx, id, { versions, evidenceIds, ...v }) => {
    await tx.proposal.update({ where: { id }, data: v });
    await replaceVersions(tx, id, versions);
    await replaceProposalEvidence(tx, id, evidenceIds);
  },
  snapshot: async (tx, id) => {
    const p = await tx.proposal.findUniqueOrThrow({ where: { id }, include: { versions: { orderBy: { number: "asc" }, include: { points: { orderBy: { number: "asc" } } } } } });
    return {
      slug: p.slug,
      title: p.title,
      description: p.description,
      authorPartyId: p.authorPartyId,
      versions: p.versions.map((v) => ({
        number: v.number,
        label: v.label,
        pointCount: v.pointCount,
        pointCountNote: v.pointCountNote,
        presented: partialDateText(v.presentedOn, v.presentedOnPrecision),
        roundId: v.roundId,
        summary: v.summary,
        points: v.points.map((pt) => ({ number: pt.number, text: pt.text, topicId: pt.topicId })),
      })),
      evidenceIds: await proposalEvidenceSnapshot(tx, id),
    };
  },
  setState: async (tx, id, data) => void (await tx.proposal.update({ where: { id }, data })),
});

/** Records edited by their own mutations but sharing the editorial state changes. */
interface StateOnlySpec {
  type: VersionedType;
  load(tx: Tx, id: string): Promise<{ id: string; version: number } | null>;
  setState(tx: Tx, id: string, data: { deletedAt?: Date | null; status?: "DRAFT" | "PUBLISHED" }): Promise<void>;
  /** The record as its own mutations audit it (what a revert reads back). */
  audited?(tx: Tx, id: string): Promise<object | null>;
}
export const STATE_ONLY: Record<"Article" | "Evidence" | "Demand", StateOnlySpec> = {
  Article: {
    type: "Article",
    load: (tx, id) => tx.article.findUnique({ where: { id }, omit: { body: true } }),
    setState: async (tx, id, data) => void (await tx.article.update({ where: { id }, data })),
    audited: (tx, id) => tx.article.findUnique({ where: { id } }),
  },
  Evidence: {
    type: "Evidence",
    load: (tx, id) => tx.evidence.findUnique({ where: { id } }),
    setState: async (tx, id, data) => {
      if (data.deletedAt) await refuseDeletingQuoteInUse(tx, id);
      await tx.evidence.update({ where: { id }, data });
    },
  },
  Demand: {
    type: "Demand",
    load: (tx, id) => tx.demand.findUnique({ where: { id } }),
    setState: async (tx, id, data) => {
      if (data.deletedAt === null) await refuseDeletedQuotes(tx, "Demand", (await tx.demandEvidence.findMany({ where: { demandId: id }, select: { evidenceId: true } })).map((e) => e.evidenceId));
      await tx.demand.update({ where: { id }, data });
    },
    audited: (tx, id) => tx.demand.findUnique({ where: { id }, ...DEMAND_AUDIT }),
  },
};

export const ENTITIES = { Outlet: outlet, Party: party, Person: person, Topic: topic, NegotiationProcess: process, Round: round, Delegation: delegation, Proposal: proposal } as const;
export type EntityType = keyof typeof ENTITIES;



export async function createEntity<T extends EntityType>(db: Db, actor: Actor, type: T, input: unknown): Promise<string> {
  const s = ENTITIES[type] as EntitySpec<Record<string, unknown>>;
  const v = parseInput(s.schema, input);
  return transaction(db, async (tx) => {
    if (s.slugTaken && typeof v.slug === "string" && (await s.slugTaken(tx, v.slug))) {
      throw fieldError(["slug"], `"${v.slug}" is already taken.`);
    }
    const { id } = await s.create(tx, v);
    const row = await s.load(tx, id);
    await recordAudit(tx, actor, { action: "CREATE", entityType: s.type, entityId: id, version: row!.version, before: null, after: await s.snapshot(tx, id) });
    return id;
  });
}

export async function updateEntity<T extends EntityType>(db: Db, actor: Actor, type: T, id: string, version: number, patch: unknown, action: "UPDATE" | "REVERT" = "UPDATE"): Promise<string> {
  const s = ENTITIES[type] as EntitySpec<Record<string, unknown>>;
  const v = parseInput(s.patch, patch);
  return transaction(db, async (tx) => {
    const newVersion = await claimVersion(tx, s.type, id, version, () => auditedState(tx, type, id, true));
    if ((await s.load(tx, id))?.deletedAt) throw new DomainError("BAD_USER_INPUT", `This ${s.type} is deleted; restore it before editing.`, { parameter: "id" });
    const before = await s.snapshot(tx, id);
    if (s.slugTaken && typeof v.slug === "string" && before.slug !== v.slug && (await s.slugTaken(tx, v.slug))) {
      throw fieldError(["slug"], `"${v.slug}" is already taken.`);
    }
    await s.update(tx, id, v);
    await recordAudit(tx, actor, { action, entityType: s.type, entityId: id, version: newVersion, before, after: await s.snapshot(tx, id) });
    return id;
  });
}

/**
 * Puts a record back as it was at an earlier version — its fields and its lists (aliases, roles,
 * participants, members, versions) — recorded as a new version.
 */
export async function revertEntity(db: Db, actor: Actor, type: EntityType, id: string, version: number, toVersion: number): Promise<string> {
  const state = await stateAtVersion(db, ENTITIES[type].type, id, toVersion);
  if (!state) throw new DomainError("NOT_FOUND", `No recorded version ${toVersion} of this ${type}.`, { parameter: "toVersion" });
  return updateEntity(db, actor, type, id, version, state, "REVERT");
}

/**
 * A record in the shape the audit log keeps: for catalog records their snapshot (lists included, what a
 * revert writes back) with their editorial state; for the others their row as their own mutations audit
 * it. With `current`, led by its id and version: what CONFLICT answers with. Null when there is none.
 */
export async function auditedState(tx: Tx, type: EntityType | keyof typeof STATE_ONLY, id: string, current = false): Promise<Record<string, unknown> | null> {
  if (type in STATE_ONLY) {
    const s = STATE_ONLY[type as keyof typeof STATE_ONLY];
    // CONFLICT leaves out an article's (long) body.
    return ((await (current ? s.load : (s.audited ?? s.load))(tx, id)) as Record<string, unknown> | null) ?? null;
  }
  const s = ENTITIES[type as EntityType] as EntitySpec<Record<string, unknown>>;
  const row = (await s.load(tx, id)) as { id: string; version: number; status?: string; deletedAt?: Date | null } | null;
  if (!row) return null;
  return { ...(current ? { id: row.id, version: row.version } : {}), status: row.status, deletedAt: row.deletedAt ?? null, ...(await s.snapshot(tx, id)) };
}

export async function changeEntityState(db: Db, actor: Actor, type: EntityType | keyof typeof STATE_ONLY, id: string, version: number, change: StateChange): Promise<string> {
  const s: StateOnlySpec = type in STATE_ONLY ? STATE_ONLY[type as keyof typeof STATE_ONLY] : (ENTITIES[type as EntityType] as StateOnlySpec);
  return transaction(db, async (tx) => {
    const newVersion = await claimVersion(tx, s.type, id, version, () => auditedState(tx, type, id, true));
    const before = await auditedState(tx, type, id);
    await s.setState(tx, id, stateChangeEffect(change));
    await recordAudit(tx, actor, { action: change, entityType: s.type, entityId: id, version: newVersion, before, after: await auditedState(tx, type, id) });
    return id;
  });
}
