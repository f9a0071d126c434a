import { describe, expect, it } from "vitest";
import { checkSpan, reanchor } from "./quote-span.js";

const body = "Rusland eist de Donbas. Oekraïne weigert. Rusland eist de Donbas.";

describe("checkSpan", () => {
  it("accepts offsets that select the text exactly", () => {
    expect(checkSpan(body, { start: 0, end: 22, text: "Rusland eist de Donbas" })).toBeNull();
  });
  it("reports a mismatch with what the offsets do select", () => {
    expect(checkSpan(body, { start: 1, end: 23, text: "Rusland eist de Donbas" })?.kind).toBe("MISMATCH");
  });
  it("reports offsets outside the body and empty spans", () => {
    expect(checkSpan(body, { start: 60, end: 90, text: "x" })?.kind).toBe("OUT_OF_RANGE");
    expect(checkSpan(body, { start: 5, end: 5, text: "" })?.kind).toBe("EMPTY");
  });
});

describe("reanchor", () => {
  it("moves a quote to where its text now is, nearest the old place", () => {
    const edited = `Inleiding. ${body}`;
    expect(reanchor(edited, { start: 42, end: 64, text: "Rusland eist de Donbas" })).toEqual({ start: 53, end: 75, text: "Rusland eist de Donbas" });
  });
  it("gives up when the text is gone", () => {
    expect(reanchor("Andere tekst.", { start: 0, end: 7, text: "Rusland" })).toBeNull();
  });
});
