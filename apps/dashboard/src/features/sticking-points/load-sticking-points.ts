// Topics ranked by gap × time unmoved (the rule is the API's, from @parley/domain), with each party's
// latest position.
import "server-only";
import { StickingPointsDocument } from "@/generated/graphql";
import { toStatement, type StatementView } from "@/features/analysis/statement";
import { apiRequest } from "@/lib/api";
import type { Format, PartialDateValue } from "@/lib/format";
import type { StickingPointsState } from "./sticking-points-state";

export const STICKING_POINTS_SHOWN = 20;

export interface StickingPointRow {
  rank: number;
  topic: { slug: string; name: string };
  /** 0 (agreement) to 1 (DEMANDS against REJECTS). */
  gap: number;
  score: number;
  unmovedDays: number;
  /** When a stance on the topic last moved, as precisely as the source says; null when nothing is dated. */
  unmovedSince: PartialDateValue | null;
  statements: StatementView[];
}

export async function loadStickingPoints(state: StickingPointsState, format: Format): Promise<StickingPointRow[]> {
  const { stickingPoints } = await apiRequest(StickingPointsDocument, {
    asOf: state.asOf ?? null,
    parties: state.parties.length > 0 ? state.parties : null,
    first: STICKING_POINTS_SHOWN,
  });
  return stickingPoints.map((p, i) => ({
    rank: i + 1,
    topic: { slug: p.topic.slug, name: p.topic.name },
    gap: p.gap,
    score: p.score,
    unmovedDays: p.unmovedDays,
    unmovedSince: p.unmovedSinceDate ?? null,
    statements: p.positions.map((position) => toStatement(position, format)).sort((a, b) => b.score - a.score || a.party.name.localeCompare(b.party.name)),
  }));
}
