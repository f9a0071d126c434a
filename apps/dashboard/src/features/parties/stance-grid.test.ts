import { describe, expect, it } from "vitest";
import { stanceGrid } from "./stance-grid";

const rounds = [
  { slug: "geneva", title: "Geneva" },
  { slug: "kremlin", title: "Kremlin" },
  { slug: "abu-dhabi-1", title: "Abu Dhabi 1" },
];
const topics = [
  { slug: "territory", name: "Territory", path: "territory" },
  { slug: "donbas", name: "Donbas", path: "territory/donbas" },
  { slug: "nato", name: "NATO", path: "nato" },
];

describe("stanceGrid", () => {
  const grid = stanceGrid({
    rounds,
    acrossRounds: [
      { round: "geneva", topic: "donbas", stated: false, statement: "donbas-2023" },
      { round: "kremlin", topic: "donbas", stated: true, statement: "donbas-dec" },
      { round: "abu-dhabi-1", topic: "donbas", stated: false, statement: "donbas-dec" },
      { round: "abu-dhabi-1", topic: "nato", stated: true, statement: "nato-jan" },
    ],
    topics,
    latest: [
      { topic: "donbas", statement: "donbas-feb" },
      { topic: "nato", statement: "nato-jan" },
    ],
  });
  it("has a column only for the rounds at which the party stated something, in time order", () => {
    expect(grid.columns.map((c) => c.slug)).toEqual(["kremlin", "abu-dhabi-1"]);
  });
  it("keeps the topics' hierarchy order and depth", () => {
    expect(grid.rows.map((r) => [r.topic.slug, r.topic.depth])).toEqual([
      ["territory", 0],
      ["donbas", 1],
      ["nato", 0],
    ]);
  });
  it("tells a stance stated at a round from one carried from before, and gives the latest", () => {
    const donbas = grid.rows[1];
    expect(donbas?.cells).toEqual([
      { statement: "donbas-dec", stated: true },
      { statement: "donbas-dec", stated: false },
    ]);
    expect(donbas?.latest).toBe("donbas-feb");
    expect(grid.rows[0]?.cells).toEqual([null, null]);
    expect(grid.rows[0]?.latest).toBeNull();
  });
});
