import { describe, expect, it } from "vitest";
import { mergeEvents, toEventView, type EventSource } from "./event-view";

const format = {
  partialDate: (d: { on: string | null }) => d.on ?? "unknown",
  dateRange: (a: { on: string | null }, b: { on: string | null }) => (b.on ? `${a.on ?? "unknown"} – ${b.on}` : (a.on ?? "unknown")),
  enumLabel: (name: string, value: string) => `${name}.${value}`,
};

function event(id: string, occurred: EventSource["occurred"], ended: EventSource["ended"] = { on: null, precision: "UNKNOWN" }): EventSource {
  return {
    id,
    slug: id,
    type: "STRIKE",
    title: `Event ${id}`,
    summary: "What happened",
    occurred,
    ended,
    parties: [{ role: "ACTOR", party: { slug: "russia", name: "Russian Federation", shortName: "Russia" } }],
    evidence: [
      {
        id: "q1",
        quote: "Een ongekende aanval",
        translation: null,
        translationLanguage: null,
        speaker: null,
        article: { slug: "abu-dhabi", title: "Abu Dhabi", language: "nl", published: { on: "2026-02-04", precision: "DAY" }, outlet: { name: "NOS" } },
      },
    ],
  };
}

describe("toEventView", () => {
  it("spans a lasting event from its first day to the day after it ended", () => {
    const view = toEventView(event("a", { on: "2026-02-02", precision: "DAY" }, { on: "2026-02-03", precision: "DAY" }), format);
    expect(view.span).toEqual({ start: "2026-02-02", end: "2026-02-04" });
    expect(view.dateLabel).toBe("2026-02-02 – 2026-02-03");
    expect(view.typeLabel).toBe("EventType.STRIKE");
    expect(view.parties).toEqual([{ slug: "russia", name: "Russia", role: "ACTOR", roleLabel: "EventPartyRole.ACTOR" }]);
    expect(view.quotes[0]?.href).toBe("/articles/abu-dhabi#quote-q1");
  });
  it("draws a month-precise event over the whole month, and an undated one nowhere", () => {
    expect(toEventView(event("b", { on: "2025-09-01", precision: "MONTH" }), format).span).toEqual({ start: "2025-09-01", end: "2025-10-01" });
    expect(toEventView(event("c", { on: null, precision: "UNKNOWN" }, { on: "2026-01-01", precision: "DAY" }), format).span).toBeNull();
  });
});

describe("mergeEvents", () => {
  it("keeps each event once, in time order, undated last", () => {
    const feb = toEventView(event("feb", { on: "2026-02-02", precision: "DAY" }), format);
    const jan = toEventView(event("jan", { on: "2026-01-10", precision: "DAY" }), format);
    const undated = toEventView(event("undated", { on: null, precision: "UNKNOWN" }), format);
    expect(
      mergeEvents([
        [undated, feb],
        [feb, jan],
      ]).map((e) => e.id),
    ).toEqual(["jan", "feb", "undated"]);
  });
});
