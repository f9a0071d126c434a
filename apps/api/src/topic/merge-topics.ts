// Merging duplicate topics: one topic survives; the other's names become its aliases and everything filed
// under the duplicate moves to it — positions, demands, subtopics (with their subtrees' paths), round
// agendas, events and proposal points. The duplicate is soft-deleted. Every record the merge changes gets a
// new version and its own audit entry; the moved positions' movement labels are re-derived on the kept
// topic's chains. One transaction.
import type { Db } from "@parley/db";
import { normalizeName } from "@parley/domain";
import { DomainError } from "../errors/domain-error.js";
import { recordAudit, type Actor, type Tx } from "../audit/audit.js";
import { DEMAND_AUDIT } from "../demand/demand-record.js";
import { FULL, snapshotOf } from "../position/position-record.js";
import { recomputeMovements } from "../position/recompute-movements.js";
import { catalogState } from "../record-engine/record-spec.js";
import { roundRecord } from "../round/round-record.js";
import { claimVersion } from "../versioning/claim-version.js";
import { topicRecord } from "./topic-record.js";

const topicState = catalogState(topicRecord);
const roundState = catalogState(roundRecord);

type Audit = (entityType: string, entityId: string, version: number | null, before: unknown, after: unknown) => Promise<void>;

export async function mergeTopics(db: Db, actor: Actor, keep: { id: string; version: number }, merge: { id: string; version: number }): Promise<string> {
  if (keep.id === merge.id) throw new DomainError("BAD_USER_INPUT", "A topic cannot be merged into itself.", { parameter: "merge" });
  return db.$transaction(
    async (tx) => {
      const state = (id: string) => () => topicState.audited(tx, id, true);
      const keptVersion = await claimVersion(tx, "Topic", keep.id, keep.version, state(keep.id));
      const mergedVersion = await claimVersion(tx, "Topic", merge.id, merge.version, state(merge.id));
      const [kept, merged] = await Promise.all([
        tx.topic.findUniqueOrThrow({ where: { id: keep.id }, include: { aliases: true } }),
        tx.topic.findUniqueOrThrow({ where: { id: merge.id }, include: { aliases: true } }),
      ]);
      if (kept.deletedAt || merged.deletedAt) throw new DomainError("BAD_USER_INPUT", "Both topics must exist (not deleted) to merge.", { parameter: "merge" });
      if (kept.path.startsWith(`${merged.path}/`)) {
        throw new DomainError("BAD_USER_INPUT", "A topic cannot absorb a topic it sits under; merge the other way round.", { parameter: "keep" });
      }
      const keptBefore = await topicState.audited(tx, kept.id, false);
      const mergedBefore = await topicState.audited(tx, merged.id, false);
      const audit: Audit = (entityType, entityId, version, before, after) =>
        recordAudit(tx, actor, { action: "MERGE", entityType, entityId, version, before, after });

      const known = new Set([kept.name, ...kept.aliases.map((a) => a.name)]);
      const spellings = [...new Set([merged.name, ...merged.aliases.map((a) => a.name)])].filter((n) => !known.has(n));
      await tx.topicAlias.deleteMany({ where: { topicId: merged.id } });
      await tx.topicAlias.createMany({ data: spellings.map((name) => ({ topicId: kept.id, name, normalized: normalizeName(name) })) });

      await moveChildren(tx, merged.id, kept, audit);
      const chains = await movePositions(tx, merged.id, kept.id, audit);
      for (const partyId of chains) await recomputeMovements(tx, actor, partyId, kept.id);
      await moveDemands(tx, merged.id, kept.id, audit);
      await moveAgendas(tx, merged.id, kept.id, audit);
      await moveEvents(tx, merged.id, kept.id, audit);
      for (const point of await tx.proposalPoint.findMany({ where: { topicId: merged.id } })) {
        const after = await tx.proposalPoint.update({ where: { id: point.id }, data: { topicId: kept.id, version: { increment: 1 } } });
        await audit("ProposalPoint", point.id, after.version, point, after);
      }

      await tx.topic.update({ where: { id: merged.id }, data: { deletedAt: new Date(), description: `Merged into ${kept.slug}.` } });
      await audit("Topic", kept.id, keptVersion, keptBefore, await topicState.audited(tx, kept.id, false));
      await audit("Topic", merged.id, mergedVersion, mergedBefore, await topicState.audited(tx, merged.id, false));
      return kept.id;
    },
    { timeout: 20_000, maxWait: 20_000 },
  );
}

/** Subtopics move under the kept topic; their subtrees' paths follow. */
async function moveChildren(tx: Tx, fromId: string, to: { id: string; path: string }, audit: Audit): Promise<void> {
  for (const child of await tx.topic.findMany({ where: { parentId: fromId }, orderBy: { id: "asc" } })) {
    const before = await topicState.audited(tx, child.id, false);
    const path = `${to.path}/${child.slug}`;
    const after = await tx.topic.update({ where: { id: child.id }, data: { parentId: to.id, path, version: { increment: 1 } }, select: { version: true } });
    await tx.$executeRaw`UPDATE "Topic" SET path = ${path} || substr(path, ${child.path.length + 1}) WHERE path LIKE ${`${child.path}/%`}`;
    await audit("Topic", child.id, after.version, before, await topicState.audited(tx, child.id, false));
  }
}

/** Moves the positions; returns the parties whose chains on the kept topic changed. */
async function movePositions(tx: Tx, fromId: string, toId: string, audit: Audit): Promise<Set<string>> {
  const parties = new Set<string>();
  for (const position of await tx.position.findMany({ where: { topicId: fromId }, orderBy: { id: "asc" }, ...FULL })) {
    const after = await tx.position.update({ where: { id: position.id }, data: { topicId: toId, version: { increment: 1 } }, ...FULL });
    await audit("Position", position.id, after.version, snapshotOf(position), snapshotOf(after));
    parties.add(position.partyId);
  }
  return parties;
}

async function moveDemands(tx: Tx, fromId: string, toId: string, audit: Audit): Promise<void> {
  for (const demand of await tx.demand.findMany({ where: { topicId: fromId }, orderBy: { id: "asc" }, ...DEMAND_AUDIT })) {
    const after = await tx.demand.update({ where: { id: demand.id }, data: { topicId: toId, version: { increment: 1 } }, ...DEMAND_AUDIT });
    await audit("Demand", demand.id, after.version, demand, after);
  }
}

/** A round whose agenda had both topics keeps one entry. */
async function moveAgendas(tx: Tx, fromId: string, toId: string, audit: Audit): Promise<void> {
  for (const { roundId } of await tx.roundTopic.findMany({ where: { topicId: fromId }, orderBy: { roundId: "asc" } })) {
    const before = await roundState.audited(tx, roundId, false);
    await tx.roundTopic.delete({ where: { roundId_topicId: { roundId, topicId: fromId } } });
    await tx.roundTopic.upsert({ where: { roundId_topicId: { roundId, topicId: toId } }, create: { roundId, topicId: toId }, update: {} });
    const round = await tx.round.update({ where: { id: roundId }, data: { version: { increment: 1 } }, select: { version: true } });
    await audit("Round", roundId, round.version, before, await roundState.audited(tx, roundId, false));
  }
}

/** An event's audit entry shows its topics before and after. */
async function moveEvents(tx: Tx, fromId: string, toId: string, audit: Audit): Promise<void> {
  const topicsOf = async (eventId: string) =>
    (await tx.eventTopic.findMany({ where: { eventId }, select: { topicId: true }, orderBy: { topicId: "asc" } })).map((e) => e.topicId);
  for (const { eventId } of await tx.eventTopic.findMany({ where: { topicId: fromId }, orderBy: { eventId: "asc" } })) {
    const before = { topicIds: await topicsOf(eventId) };
    await tx.eventTopic.delete({ where: { eventId_topicId: { eventId, topicId: fromId } } });
    await tx.eventTopic.upsert({ where: { eventId_topicId: { eventId, topicId: toId } }, create: { eventId, topicId: toId }, update: {} });
    const event = await tx.event.update({ where: { id: eventId }, data: { version: { increment: 1 } }, select: { version: true } });
    await audit("Event", eventId, event.version, before, { topicIds: await topicsOf(eventId) });
  }
}
