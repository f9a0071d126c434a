import { MAX_STANCE_DISTANCE, STANCE_SCORE } from "../stance/stance.js";
import { latestDayOf, type PartialDate } from "../dates/partial-date.js";
import { derivedMovements } from "../chronology/derived-movements.js";
import { unmovedSince as unmovedSinceOf } from "../chronology/movement-choice.js";
import { compareStatements, orderStatements, placeAtDay } from "../chronology/statement-time.js";
import { byTime, statedDate, type PositionFact } from "./position-fact.js";

/** Where the parties stand on one topic: the spread of their latest stances and since when it holds. */
export interface TopicStanding {
  topicId: string;
  /** Highest and lowest stance score among the parties' latest positions. */
  highest: number;
  lowest: number;
  /** How many parties have a position on the topic. */
  parties: number;
  /**
   * The last time any party's stance on the topic moved (by the effective movement) or was first stated,
   * as precisely as its source dates it (a month stays a month); null when there is none.
   */
  unmovedSince: PartialDate | null;
}

export interface RankedTopic {
  topicId: string;
  /** How far apart the parties' latest stances are: 0 (agreement) to 1 (DEMANDS against REJECTS). */
  gap: number;
  unmovedSince: PartialDate | null;
  /** Whole days from the last day `unmovedSince` may mean to the analysis day (certainly unmoved this long). */
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
    const since = s.unmovedSince ? latestDayOf(s.unmovedSince) : null;
    const unmovedDays = since ? Math.max(0, Math.floor((asOf.getTime() - since.getTime()) / DAY)) : 0;
    ranked.push({ topicId: s.topicId, gap, unmovedSince: s.unmovedSince, unmovedDays, score: gap * (1 + Math.min(unmovedDays, 730) / 365) });
  }
  return ranked.sort((a, b) => b.score - a.score || b.gap - a.gap || (a.topicId < b.topicId ? -1 : 1));
}

/**
 * Each topic's standing and each party's latest position on it, from the positions' full chains. Only
 * positions certainly stated by `asOf` count (chronology: undated ones and a month containing the day do
 * not); a party has held its stance since the last statement whose effective movement was not UNCHANGED.
 */
export function topicStandings<P extends PositionFact>(positions: readonly P[], asOf: Date): { standing: TopicStanding; latest: P[] }[] {
  const byTopic = new Map<string, Map<string, P[]>>();
  for (const p of positions) {
    if (placeAtDay(statedDate(p), asOf) !== "BEFORE") continue;
    const perParty = byTopic.get(p.topicId) ?? new Map<string, P[]>();
    const chain = perParty.get(p.partyId) ?? [];
    chain.push(p);
    perParty.set(p.partyId, chain);
    byTopic.set(p.topicId, perParty);
  }
  return [...byTopic].map(([topicId, perParty]) => {
    const latest: P[] = [];
    let unmovedSince: PartialDate | null = null;
    for (const positionsOfParty of perParty.values()) {
      const chain = orderStatements(positionsOfParty.map((p) => ({ ...p, stated: statedDate(p) })));
      const derived = derivedMovements(chain);
      const last = chain.at(-1);
      if (!last) continue;
      latest.push(last);
      const since = unmovedSinceOf(chain.map((p) => ({ ...p, movement: derived.get(p.id) ?? "NEW" })));
      if (since && (!unmovedSince || compareStatements({ id: "", stated: since }, { id: "", stated: unmovedSince }) > 0)) unmovedSince = since;
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
