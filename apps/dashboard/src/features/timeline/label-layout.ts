// Where the chart's text labels go so that none overlaps another: round titles are stacked in as many
// rows as they need (every round keeps its title, with a leader line down to its band), movement
// captions take the first free slot around their mark (a leader line when it sits away from it).
// Widths are estimated from the text (11-px labels), which is what the server and the browser share.

export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export const CHAR_WIDTH = 6.2;
export const LINE_HEIGHT = 13;

export function textWidth(text: string): number {
  return text.length * CHAR_WIDTH + 8;
}

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** A label centred on x, kept inside [minX, maxX] (it slides inwards rather than being cut off). */
function horizontal(x: number, width: number, minX: number, maxX: number): { x: number; left: number; right: number } {
  const half = width / 2;
  const centre = Math.min(Math.max(x, minX + half), maxX - half);
  return { x: centre, left: centre - half, right: centre + half };
}

export interface StackedLabel {
  id: string;
  text: string;
  /** Centre of the text. */
  x: number;
  /** 0 is the row nearest the plot. */
  row: number;
  anchorX: number;
  left: number;
  right: number;
}

/** Labels in rows: each goes into the nearest row where it overlaps none already there. */
export function stackLabels(items: { id: string; text: string; anchorX: number }[], minX: number, maxX: number): { labels: StackedLabel[]; rows: number } {
  const labels: StackedLabel[] = [];
  for (const item of [...items].sort((a, b) => a.anchorX - b.anchorX)) {
    const h = horizontal(item.anchorX, textWidth(item.text), minX, maxX);
    let row = 0;
    while (labels.some((l) => l.row === row && l.left < h.right && h.left < l.right)) row += 1;
    labels.push({ id: item.id, text: item.text, anchorX: item.anchorX, row, ...h });
  }
  return { labels, rows: labels.reduce((most, l) => Math.max(most, l.row + 1), 0) };
}

export interface PlacedLabel {
  id: string;
  text: string;
  x: number;
  /** Baseline. */
  y: number;
  anchorX: number;
  anchorY: number;
  /** Drawn away from its mark: a line joins them. */
  leader: boolean;
}

/** Offsets of a caption's baseline from its mark, in order of preference: just above, two up, below… */
export const CAPTION_SLOTS = [-12, -25, 22, -38, 35, -51, 48] as const;
const NEAR = 25;

/**
 * Captions around their marks. A caption that finds no free slot is left out of the picture (the
 * mark's accessible name and the table still say it); `obstacles` are areas already taken.
 */
export function placeCaptions(
  items: { id: string; text: string; anchorX: number; anchorY: number }[],
  bounds: { minX: number; maxX: number; minY: number; maxY: number },
  obstacles: readonly Box[] = [],
): PlacedLabel[] {
  const taken: Box[] = [...obstacles];
  const placed: PlacedLabel[] = [];
  for (const item of items) {
    if (!item.text) continue;
    const h = horizontal(item.anchorX, textWidth(item.text), bounds.minX, bounds.maxX);
    for (const dy of CAPTION_SLOTS) {
      const y = item.anchorY + dy;
      const box = { left: h.left, right: h.right, top: y - LINE_HEIGHT + 3, bottom: y + 3 };
      if (box.top < bounds.minY || box.bottom > bounds.maxY || taken.some((t) => overlaps(t, box))) continue;
      taken.push(box);
      placed.push({ id: item.id, text: item.text, x: h.x, y, anchorX: item.anchorX, anchorY: item.anchorY, leader: Math.abs(dy) > NEAR });
      break;
    }
  }
  return placed;
}

/** Whether any two boxes overlap (for tests and for checking a layout). */
export function anyOverlap(boxes: readonly Box[]): boolean {
  return boxes.some((a, i) => boxes.slice(i + 1).some((b) => overlaps(a, b)));
}

export function captionBox(label: Pick<PlacedLabel, "x" | "y" | "text">): Box {
  const half = textWidth(label.text) / 2;
  return { left: label.x - half, right: label.x + half, top: label.y - LINE_HEIGHT + 3, bottom: label.y + 3 };
}
