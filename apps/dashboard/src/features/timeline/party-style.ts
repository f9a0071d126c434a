// Each charted party's colour and glyph, by order of appearance. Colours are Okabe–Ito (distinct for
// the common colour-vision deficiencies, legible on light and dark backgrounds); the glyph shape
// differs too, so no party is told apart by colour alone.
const COLORS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9"] as const;

export interface PartyStyle {
  index: number;
  color: string;
}

export function partyStyles(partySlugs: readonly string[]): Map<string, PartyStyle> {
  const styles = new Map<string, PartyStyle>();
  for (const slug of partySlugs) {
    if (styles.has(slug)) continue;
    const index = styles.size;
    styles.set(slug, { index, color: COLORS[index % COLORS.length] ?? COLORS[0] });
  }
  return styles;
}

/** The most parties one chart draws (one colour and glyph each). */
export const MAX_CHART_PARTIES = COLORS.length;
