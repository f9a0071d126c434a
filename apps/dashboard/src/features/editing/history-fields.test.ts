import { describe, expect, it } from "vitest";
import { formatNumber, formatPartialDate } from "@/lib/format/partial-date";
import { presentSnapshot, referencesIn, type Context } from "./history-fields";
import type { Reference } from "./history-panel";
import { diffPresented } from "./record-diff";

const NAMES: Record<string, string> = {
  "Party:ua": "Ukraine",
  "Party:us": "United States",
  "Topic:t1": "Territory",
  "Topic:t2": "Ceasefire",
  "Round:r1": "Geneva",
  "Evidence:q1": "“We will not cede land”",
};
const nameOf = (ref: Reference) => NAMES[`${ref.type}:${ref.id}`] ?? "—";
const DUTCH: Record<string, string> = { "ParticipantRole.HOST": "Gastheer", "RoundStatus.HELD": "Gehouden", "DemandStatus.REJECTED": "Afgewezen" };
const context: Context = {
  nameOf,
  format: {
    partialDate: (d) => formatPartialDate(d, "nl", "onbekend"),
    number: (n) => formatNumber(n, "nl"),
    language: (tag) => (tag === "uk" ? "Oekraïens" : tag),
  },
  enumLabel: (name, value) => DUTCH[`${name}.${value}`] ?? value,
  yes: "ja",
  no: "nee",
};

const round = {
  title: "Geneva talks",
  roundStatus: "PLANNED",
  start: { on: "2026-02-04", precision: "DAY" },
  participants: [{ partyId: "ua", role: "PARTICIPANT" }],
  agendaTopicIds: ["t1"],
  dateReports: [],
};

describe("history presenters", () => {
  it("finds every id a snapshot holds, nested lists included", () => {
    const refs = referencesIn({ ...round, participants: [{ partyId: "ua" }, { partyId: "us" }], versions: [{ roundId: "r1", points: [{ topicId: "t2" }] }] });
    expect(refs).toEqual([
      { type: "Party", id: "ua" },
      { type: "Party", id: "us" },
      { type: "Topic", id: "t1" },
      { type: "Round", id: "r1" },
      { type: "Topic", id: "t2" },
    ]);
  });

  it("shows a round's change as names, localised enum values and dates, relations added and removed", () => {
    const after = {
      ...round,
      roundStatus: "HELD",
      start: { on: "2026-02-01", precision: "MONTH" },
      participants: [
        { partyId: "ua", role: "PARTICIPANT" },
        { partyId: "us", role: "HOST" },
      ],
      agendaTopicIds: ["t2"],
    };
    const changes = diffPresented(presentSnapshot("Round", round, context), presentSnapshot("Round", after, context));
    expect(changes).toEqual([
      { field: "roundStatus", kind: "value", before: "PLANNED", after: "Gehouden" },
      { field: "start", kind: "value", before: "4 februari 2026", after: "februari 2026" },
      { field: "participants", kind: "list", added: ["United States · Gastheer"], removed: [] },
      { field: "agenda", kind: "list", added: ["Ceasefire"], removed: ["Territory"] },
    ]);
  });

  it("reads a demand's own row: its date columns, its status history and its quotes", () => {
    const demand = {
      summary: "Withdrawal first",
      fromPartyId: "ua",
      raisedOn: "2026-02-04T00:00:00.000Z",
      datePrecision: "DAY",
      history: [{ demandStatus: "REJECTED", changedOn: null, datePrecision: "UNKNOWN", roundId: "r1", evidenceId: null, note: null }],
      evidence: [{ evidenceId: "q1" }],
      deletedAt: null,
    };
    const shown = presentSnapshot("Demand", demand, context);
    expect(shown.from).toBe("Ukraine");
    expect(shown.raised).toBe("4 februari 2026");
    expect(shown.statusHistory).toEqual(["Afgewezen · onbekend · Geneva"]);
    expect(shown.quotes).toEqual(["“We will not cede land”"]);
    expect(shown.deleted).toBe("nee");
  });

  it("lists a proposal's points under their version's number, with their topic", () => {
    const proposal = {
      title: "Plan",
      versions: [
        { number: 1, label: "28 points", presented: { on: null, precision: "UNKNOWN" }, points: [{ number: 3, text: "Freeze the line", topicId: "t1" }] },
      ],
    };
    const shown = presentSnapshot("Proposal", proposal, context);
    expect(shown.versions).toEqual(["1. 28 points · onbekend"]);
    expect(shown.points).toEqual(["1.3 Freeze the line · Territory"]);
  });

  it("shows only the editorial state of a type it does not know", () => {
    expect(presentSnapshot("Event", { status: "DRAFT", title: "x" }, context)).toEqual({ status: "DRAFT", deleted: null });
  });
});
