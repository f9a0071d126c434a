import { describe, expect, it } from "vitest";
import type { EnumName, EnumValue } from "@/lib/format/enums";
import type { PartialDateValue } from "@/lib/format/partial-date";
import { movementCaption, reportedText, toReportedMovement, type ReportedMovementView } from "./reported-movement";

const format = {
  enumLabel: <E extends EnumName>(name: E, value: EnumValue<E>) => `${name}:${String(value)}`,
  partialDate: (d: PartialDateValue) => `${d.on ?? "?"}/${d.precision}`,
};

const evidence = {
  id: "ev1",
  quote: "Oekraïne heeft zijn standpunt verhard",
  speaker: { name: "Zelensky" },
  article: {
    slug: "nos-2026-02-05",
    title: "Na de aanvallen",
    language: "nl",
    published: { on: "2026-02-05", precision: "DAY" as const },
    outlet: { name: "NOS" },
  },
};

describe("toReportedMovement", () => {
  it("is absent when the source reports nothing, or nothing beyond the derived movement", () => {
    expect(toReportedMovement(null, format)).toBeNull();
    expect(toReportedMovement(undefined, format)).toBeNull();
    expect(toReportedMovement({ movement: "UNCHANGED" }, format)).toBeNull();
    expect(toReportedMovement({ movement: "NEW" }, format)).toBeNull();
  });
  it("carries the movement's word and a link to the passage that reports it", () => {
    const view = toReportedMovement({ movement: "HARDENED", evidence }, format);
    expect(view).toEqual({
      movement: "HARDENED",
      label: "Movement:HARDENED",
      quote: expect.objectContaining({ id: "ev1", quote: evidence.quote, language: "nl", speaker: "Zelensky", outlet: "NOS", articleDate: "2026-02-05/DAY" }),
    });
    expect(view?.quote?.href).toBe("/articles/nos-2026-02-05#quote-ev1");
  });
  it("keeps a reported movement without a quote, with no link", () => {
    expect(toReportedMovement({ movement: "SOFTENED", evidence: null }, format)).toEqual({ movement: "SOFTENED", label: "Movement:SOFTENED", quote: null });
  });
});

describe("movementCaption", () => {
  const hardened: ReportedMovementView = { movement: "HARDENED", label: "Hardened", quote: null };
  const base = { movement: "UNCHANGED" as const, movementLabel: "Unchanged", reported: null, topic: { slug: "donbas", name: "Donbas" } };
  it("says nothing for an unchanged stance with no reported move on the chart's own topic", () => {
    expect(movementCaption(base, "reported", "donbas")).toBe("");
    expect(reportedText(null, "reported")).toBeNull();
  });
  it("shows the reported move of an unchanged stance (a stance at the end of the scale that hardened)", () => {
    expect(movementCaption({ ...base, reported: hardened }, "reported", "donbas")).toBe("reported: Hardened");
  });
  it("puts derived movement, reported movement and a narrower topic in that order", () => {
    const s = { ...base, movement: "SOFTENED" as const, movementLabel: "Softened", reported: hardened, topic: { slug: "donetsk", name: "Donetsk region" } };
    expect(movementCaption(s, "gemeld", "donbas")).toBe("Softened · gemeld: Hardened · Donetsk region");
  });
});
