import { describe, expect, it } from "vitest";
import { anyOverlap, captionBox, placeCaptions, stackLabels, textWidth } from "./label-layout";

describe("stackLabels", () => {
  it("stacks round titles that would overlap (Dec 2025–Feb 2026) into rows and keeps every one", () => {
    // Geneva 23 Nov, the Kremlin 2 Dec, Abu Dhabi 23 Jan and 4 Feb, Miami 31 Jan: a few px apart on a 3-year axis.
    const items = ["Geneva consultations", "Kremlin meeting", "Abu Dhabi round 1", "Miami talks", "Abu Dhabi round 2"].map((text, i) => ({
      id: String(i),
      text,
      anchorX: 600 + i * 9,
    }));
    const { labels, rows } = stackLabels(items, 120, 800);
    expect(labels).toHaveLength(5);
    expect(rows).toBe(5);
    const boxes = labels.map((l) => ({ left: l.left, right: l.right, top: l.row * 13, bottom: l.row * 13 + 12 }));
    expect(anyOverlap(boxes)).toBe(false);
  });
  it("keeps labels far apart on one row and inside the plot", () => {
    const { labels, rows } = stackLabels(
      [
        { id: "a", text: "Riyadh", anchorX: 125 },
        { id: "b", text: "Geneva", anchorX: 500 },
      ],
      120,
      800,
    );
    expect(rows).toBe(1);
    expect(labels[0]?.left).toBeGreaterThanOrEqual(120);
    expect(labels[0]?.x).toBeCloseTo(120 + textWidth("Riyadh") / 2);
  });
});

describe("placeCaptions", () => {
  const bounds = { minX: 120, maxX: 900, minY: 0, maxY: 400 };
  it("places crowded captions in free slots without overlap, with leader lines when moved away", () => {
    const items = ["Hardened", "reported: Hardened", "New · Donetsk region", "Softened", "Reversed"].map((text, i) => ({
      id: String(i),
      text,
      anchorX: 640 + i * 6,
      anchorY: 200,
    }));
    const placed = placeCaptions(items, bounds);
    expect(placed).toHaveLength(5);
    expect(anyOverlap(placed.map(captionBox))).toBe(false);
    expect(placed[0]?.leader).toBe(false);
    expect(placed.some((p) => p.leader)).toBe(true);
  });
  it("avoids obstacles and leaves out what cannot fit rather than overlapping", () => {
    const obstacle = { left: 0, right: 1000, top: 150, bottom: 260 };
    const placed = placeCaptions([{ id: "x", text: "Hardened", anchorX: 500, anchorY: 200 }], bounds, [obstacle]);
    expect(placed).toEqual([]);
    const many = Array.from({ length: 12 }, (_, i) => ({ id: String(i), text: "Hardened", anchorX: 500, anchorY: 200 }));
    const some = placeCaptions(many, bounds);
    expect(some.length).toBeLessThan(12);
    expect(anyOverlap(some.map(captionBox))).toBe(false);
  });
  it("skips empty captions", () => {
    expect(placeCaptions([{ id: "x", text: "", anchorX: 500, anchorY: 200 }], bounds)).toEqual([]);
  });
});
