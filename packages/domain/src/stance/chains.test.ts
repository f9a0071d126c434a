import { describe, expect, it } from "vitest";
import { chainsOf, movementsOfChains } from "./chains.js";

const at = (day: string) => new Date(`${day}T00:00:00Z`);

describe("position chains", () => {
  it("keeps one chain per party and topic", () => {
    const chains = chainsOf([
      { id: "a", partyId: "ua", topicId: "donbas", stance: "REJECTS", statedOn: at("2025-01-01") },
      { id: "b", partyId: "ru", topicId: "donbas", stance: "DEMANDS", statedOn: at("2025-01-01") },
      { id: "c", partyId: "ua", topicId: "donbas", stance: "OPPOSES", statedOn: at("2025-06-01") },
      { id: "d", partyId: "ua", topicId: "nato", stance: "DEMANDS", statedOn: null },
    ] as const);
    expect(chains.map((c) => c.map((p) => p.id))).toEqual([["a", "c"], ["b"], ["d"]]);
  });

  it("measures movement only within a chain", () => {
    const movement = movementsOfChains([
      { id: "later", partyId: "ua", topicId: "donbas", stance: "OPPOSES", statedOn: at("2025-06-01") },
      { id: "first", partyId: "ua", topicId: "donbas", stance: "REJECTS", statedOn: at("2025-01-01") },
      { id: "other-party", partyId: "ru", topicId: "donbas", stance: "SUPPORTS", statedOn: at("2025-03-01") },
    ]);
    expect(Object.fromEntries(movement)).toEqual({ first: "NEW", later: "SOFTENED", "other-party": "NEW" });
  });
});
