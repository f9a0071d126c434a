import { MAX_STANCE_DISTANCE, STANCE_SCORE } from "../stance/stance.js";
import { byTime, type PositionFact } from "./position-fact.js";

export interface StickingPoint<P extends PositionFact> {
  topicId: string;
  /** How far apart the parties' latest stances are: 0 (agreement) to 1 (DEMANDS against REJECTS). */
  gap: number;
  /** The last date any party's stance on the topic changed (or was first stated); null when undated. */
  unmovedSince: Date | null;
  unmovedDays: number;
  /** gap × (1 + unmoved years, capped at 2): far apart and unmoved ranks first. */
  score: number;
  /** Each party's latest position on the topic. */
  latest: P[];
}

const DAY = 86_400_000;

/**
 * Topics where the parties' latest stances are far apart and have not moved. Needs at least two parties
 * with a position on the topic; topics with no gap are left out.
 */
export function stickingPoints<P extends PositionFact>(positions: readonly P[], asOf: Date): StickingPoint<P>[] {
  const byTopic = new Map<string, P[]>();
  for (const p of [...positions].sort(byTime)) {
    if (p.statedOn && p.statedOn.getTime() > asOf.getTime()) continue;
    const list = byTopic.get(p.topicId) ?? [];
    list.push(p);
    byTopic.set(p.topicId, list);
  }
  const result: StickingPoint<P>[] = [];
  for (const [topicId, list] of byTopic) {
    const perParty = new Map<string, P[]>();
    for (const p of list) perParty.set(p.partyId, [...(perParty.get(p.partyId) ?? []), p]);
    if (perParty.size < 2) continue;
    const latest: P[] = [];
    let unmovedSince: Date | null = null;
    for (const chain of perParty.values()) {
      const last = chain.at(-1)!;
      latest.push(last);
      // Walk back over the trailing run of equal stances: the party has held this stance since its first.
      let since = last;
      for (let i = chain.length - 2; i >= 0 && STANCE_SCORE[chain[i]!.stance] === STANCE_SCORE[last.stance]; i--) since = chain[i]!;
      if (since.statedOn && (!unmovedSince || since.statedOn > unmovedSince)) unmovedSince = since.statedOn;
    }
    const scores = latest.map((p) => STANCE_SCORE[p.stance]);
    const gap = (Math.max(...scores) - Math.min(...scores)) / MAX_STANCE_DISTANCE;
    if (gap === 0) continue;
    const unmovedDays = unmovedSince ? Math.max(0, Math.floor((asOf.getTime() - unmovedSince.getTime()) / DAY)) : 0;
    const score = gap * (1 + Math.min(unmovedDays, 730) / 365);
    result.push({ topicId, gap, unmovedSince, unmovedDays, score, latest: latest.sort(byTime) });
  }
  return result.sort((a, b) => b.score - a.score || b.gap - a.gap || (a.topicId < b.topicId ? -1 : 1));
}
