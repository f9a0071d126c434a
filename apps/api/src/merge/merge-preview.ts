// What a merge would move, counted before the editor confirms it: the same references the merges move
// (person/merge-people.ts, topic/merge-topics.ts), deleted ones included, since those move too.
import type { Db } from "@parley/db";
import { DomainError } from "../errors/domain-error.js";

export const MERGE_MOVE_KINDS = ["ALIASES", "ROLES", "SEATS", "POSITIONS", "QUOTES", "DEMANDS", "SUBTOPICS", "ROUNDS", "EVENTS", "PROPOSAL_POINTS"] as const;
export type MergeMoveKind = (typeof MERGE_MOVE_KINDS)[number];
export interface MergeMove {
  kind: MergeMoveKind;
  count: number;
}

const nonZero = (moves: MergeMove[]) => moves.filter((m) => m.count > 0);

/** Spellings the kept record gains: the duplicate's name and aliases it does not already have. */
function newSpellings(kept: { name: string; aliases: { name: string }[] }, merged: { name: string; aliases: { name: string }[] }): number {
  const known = new Set([kept.name, ...kept.aliases.map((a) => a.name)]);
  return new Set([merged.name, ...merged.aliases.map((a) => a.name)].filter((n) => !known.has(n))).size;
}

export async function previewPersonMerge(db: Db, keepId: string, mergeId: string): Promise<MergeMove[]> {
  if (keepId === mergeId) throw new DomainError("BAD_USER_INPUT", "A person cannot be merged into itself.", { parameter: "merge" });
  const [kept, merged] = await Promise.all(
    [keepId, mergeId].map((id) =>
      db.person.findUnique({
        where: { id },
        select: {
          name: true,
          aliases: { select: { name: true } },
          _count: { select: { roles: true, delegationSeats: true, positionsVoiced: true, quotesSpoken: true } },
        },
      }),
    ),
  );
  if (!kept) throw new DomainError("NOT_FOUND", "No such person.", { parameter: "keep" });
  if (!merged) throw new DomainError("NOT_FOUND", "No such person.", { parameter: "merge" });
  return nonZero([
    { kind: "ALIASES", count: newSpellings(kept, merged) },
    { kind: "ROLES", count: merged._count.roles },
    { kind: "SEATS", count: merged._count.delegationSeats },
    { kind: "POSITIONS", count: merged._count.positionsVoiced },
    { kind: "QUOTES", count: merged._count.quotesSpoken },
  ]);
}

export async function previewTopicMerge(db: Db, keepId: string, mergeId: string): Promise<MergeMove[]> {
  if (keepId === mergeId) throw new DomainError("BAD_USER_INPUT", "A topic cannot be merged into itself.", { parameter: "merge" });
  const [kept, merged] = await Promise.all(
    [keepId, mergeId].map((id) =>
      db.topic.findUnique({
        where: { id },
        select: {
          name: true,
          aliases: { select: { name: true } },
          _count: { select: { positions: true, demands: true, children: true, agendaOf: true, events: true, proposalPoints: true } },
        },
      }),
    ),
  );
  if (!kept) throw new DomainError("NOT_FOUND", "No such topic.", { parameter: "keep" });
  if (!merged) throw new DomainError("NOT_FOUND", "No such topic.", { parameter: "merge" });
  return nonZero([
    { kind: "ALIASES", count: newSpellings(kept, merged) },
    { kind: "POSITIONS", count: merged._count.positions },
    { kind: "DEMANDS", count: merged._count.demands },
    { kind: "SUBTOPICS", count: merged._count.children },
    { kind: "ROUNDS", count: merged._count.agendaOf },
    { kind: "EVENTS", count: merged._count.events },
    { kind: "PROPOSAL_POINTS", count: merged._count.proposalPoints },
  ]);
}
