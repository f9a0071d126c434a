/**
 * Stances are measured against a topic's proposition ("Ukraine cedes territory …"). The scale makes them
 * comparable: the sign says for or against, the magnitude how firmly. OPEN_TO sits at zero: willing to
 * discuss, committed to nothing. −1 is unused on purpose so that the scale stays symmetric around the
 * firm stances (SUPPORTS/OPPOSES, DEMANDS/REJECTS).
 */
export const STANCES = ["DEMANDS", "SUPPORTS", "CONDITIONAL", "OPEN_TO", "OPPOSES", "REJECTS"] as const;
export type Stance = (typeof STANCES)[number];

export const STANCE_SCORE: Readonly<Record<Stance, number>> = {
  DEMANDS: 3,
  SUPPORTS: 2,
  CONDITIONAL: 1,
  OPEN_TO: 0,
  OPPOSES: -2,
  REJECTS: -3,
};

/** The widest possible gap between two stances (DEMANDS vs REJECTS). */
export const MAX_STANCE_DISTANCE = STANCE_SCORE.DEMANDS - STANCE_SCORE.REJECTS;

export function stanceScore(stance: Stance): number {
  return STANCE_SCORE[stance];
}

/** How far apart two stances are, 0 (same) to 1 (DEMANDS against REJECTS). */
export function stanceDistance(a: Stance, b: Stance): number {
  return Math.abs(STANCE_SCORE[a] - STANCE_SCORE[b]) / MAX_STANCE_DISTANCE;
}
