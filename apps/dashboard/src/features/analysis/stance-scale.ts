// The six-step stance scale as the analysis views draw it, and its colours: ColorBrewer's PuOr
// (colour-blind safe, diverging), purple for "for the proposition", orange for "against", a neutral
// middle. Each step carries its own text colour, so a cell reads the same in light and dark themes.
import type { Stance } from "@/generated/enums";

/** From the strongest "for" to the strongest "against": the y axis, top to bottom. */
export const STANCE_SCALE: readonly Stance[] = ["DEMANDS", "SUPPORTS", "CONDITIONAL", "OPEN_TO", "OPPOSES", "REJECTS"];

/** The domain's scores (ARCHITECTURE.md, "Stances"): there is no −1 step. */
export const STANCE_SCORE: Record<Stance, number> = { DEMANDS: 3, SUPPORTS: 2, CONDITIONAL: 1, OPEN_TO: 0, OPPOSES: -2, REJECTS: -3 };

export const STANCE_COLOR: Record<Stance, { fill: string; text: string }> = {
  DEMANDS: { fill: "#542788", text: "#ffffff" },
  SUPPORTS: { fill: "#998ec3", text: "#000000" },
  CONDITIONAL: { fill: "#d8daeb", text: "#000000" },
  OPEN_TO: { fill: "#f7f7f7", text: "#000000" },
  OPPOSES: { fill: "#f1a340", text: "#000000" },
  REJECTS: { fill: "#b35806", text: "#ffffff" },
};

/** "+3", "0", "−2": the score as text, so a stance never relies on colour alone. */
export function scoreLabel(stance: Stance): string {
  const score = STANCE_SCORE[stance];
  return score > 0 ? `+${score}` : score < 0 ? `−${-score}` : "0";
}
