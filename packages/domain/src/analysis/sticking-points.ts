import { MAX_STANCE_DISTANCE, STANCE_SCORE } from "../stance/stance.js";
import { byTime, type PositionFact } from "./position-fact.js";

/** Where the parties stand on one topic: the spread of their latest stances and since when it holds. */
export interface TopicStanding {
  topicId: string;
  /** Highest and lowest stance score among the parties' latest positions. */
  highest: number;
  lowest: number;
  /** How many parties have a position on the topic. */
  parties: number;
  /** The last date any party's stance on the topic changed (or was first stated); null when undated. */
  unmovedSince: Date | null;
}

export interface RankedTopic {
  topicId: string;
  /** How far apart the parties' latest stances are: 0 (agreement) to 1 (DEMANDS against REJECTS). */
  gap: number;
  unmovedSince: Date | null;
  unmovedDays: number;
  /** gap × (1 + unmoved years, capped at 2): far apart and unmoved ranks first. */
  score: number;
}

export interface StickingPoint<P extends PositionFact> extends RankedTopic {
  /** Each party's latest position on the topic. */
  latest: P[];
}

const DAY = 86_400_000;

/**
 * The sticking-point rule: topics where at least two parties have spoken and their latest stances differ,
 * ranked by gap × (1 + years unmoved, capped at 2). Works on per-topic standings, so a database can
 * compute the standings and leave the ranking here.
 */
export function rankTopics(standings: readonly TopicStanding[], asOf: Date): RankedTopic[] {
  const ranked: RankedTopic[] = [];
  for (const s of standings) {
    if (s.parties < 2) continue;
    const gap = (s.highest - s.lowest) / MAX_STANCE_DISTANCE;
    if (gap === 0) continue;
    const unmovedDays = s.unmovedSince ? Math.max(0, Math.floor((asOf.getTime() - s.unmovedSince.getTime()) / DAY)) : 0;
    ranked.push({ topicId: s.topicId, gap, unmovedSince: s.unmovedSince, unmovedDays, score: gap * (1 + Math.min(unmovedDays, 730) / 365) });
  }
  return ranked.sort((a, b) => b.score - a.score || b.gap - a.gap || (a.topicId < b.topicId ? -1 : 1));
}

/** Each topic's standing and each party's latest position on it, from the positions' full chains. */
export function topicStandings<P extends PositionFact>(positions: readonly P[], asOf: Date): { standing: TopicStanding; latest: P[] }[] {
  const byTopic = new Map<string, Map<string, P[]>>();
  for (const p of [...positions].sort(byTime)) {
    if (p.statedOn && p.statedOn.getTime() > asOf.getTime()) continue;
    const perParty = byTopic.get(p.topicId) ?? new Map<string, P[]>();
    const chain = perParty.get(p.partyId) ?? [];
    chain.push(p);
    perParty.set(p.partyId, chain);
    byTopic.set(p.topicId, perParty);
  }
  return [...byTopic].map(([topicId, perParty]) => {
    const latest: P[] = [];
    let unmovedSince: Date | null = null;
    for (const chain of perParty.values()) {
      const last = chain.at(-1);
      if (!last) continue;
      latest.push(last);
      // Walk back over the trailing run of equal stances: the party has held this stance since its first.
      let since = last;
      for (const earlier of chain.slice(0, -1).reverse()) {
        if (STANCE_SCORE[earlier.stance] !== STANCE_SCORE[last.stance]) break;
        since = earlier;
      }
      if (since.statedOn && (!unmovedSince || since.statedOn > unmovedSince)) unmovedSince = since.statedOn;
    }
    const scores = latest.map((p) => STANCE_SCORE[p.stance]);
    return {
      standing: { topicId, highest: Math.max(...scores), lowest: Math.min(...scores), parties: perParty.size, unmovedSince },
      latest: latest.sort(byTime),
    };
  });
}

/** Topics where the parties' latest stances are far apart and have not moved (see rankTopics). */
export function stickingPoints<P extends PositionFact>(positions: readonly P[], asOf: Date): StickingPoint<P>[] {
  const standings = topicStandings(positions, asOf);
  const latest = new Map(standings.map((s) => [s.standing.topicId, s.latest]));
  return rankTopics(
    standings.map((s) => s.standing),
    asOf,
  ).map((r) => ({ ...r, latest: latest.get(r.topicId) ?? [] }));
}
