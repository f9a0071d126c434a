import { movementsOf, type DatedStance, type Movement } from "./movement.js";

/** A position as far as chains need it: whose it is, on which topic, and when. */
export interface ChainedStance extends DatedStance {
  partyId: string;
  topicId: string;
}

/**
 * Splits positions into chains, one per party and topic: movement is measured only against the same
 * party's earlier stance on the same topic.
 */
export function chainsOf<T extends ChainedStance>(positions: Iterable<T>): T[][] {
  const chains = new Map<string, T[]>();
  for (const p of positions) {
    const key = `${p.partyId}|${p.topicId}`;
    const chain = chains.get(key);
    if (chain) chain.push(p);
    else chains.set(key, [p]);
  }
  return [...chains.values()];
}

/** The movement of every position, over every chain the positions form, keyed by position id. */
export function movementsOfChains(positions: Iterable<ChainedStance>): Map<string, Movement> {
  const result = new Map<string, Movement>();
  for (const chain of chainsOf(positions)) for (const [id, movement] of movementsOf(chain)) result.set(id, movement);
  return result;
}
