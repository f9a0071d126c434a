import { describe, expect, it } from "vitest";
import { reanchor } from "./quote-span.js";
import { textQuoteSelector } from "./text-quote-selector.js";

describe("textQuoteSelector", () => {
  const body = "Peskov zei: \u201cDe Donbas is niet onderhandelbaar.\u201d\nZelensky antwoordde kort.";
  it("keeps the exact passage and up to 32 code units either side", () => {
    const start = body.indexOf("De Donbas");
    const end = start + "De Donbas is niet onderhandelbaar.".length;
    expect(textQuoteSelector(body, start, end)).toEqual({
      exact: "De Donbas is niet onderhandelbaar.",
      prefix: "Peskov zei: \u201c",
      suffix: "\u201d\nZelensky antwoordde kort.",
    });
  });
  it("takes only as much context as it is asked for", () => {
    expect(textQuoteSelector("abcdefghij", 4, 6, 2)).toEqual({ exact: "ef", prefix: "cd", suffix: "gh" });
  });
  it("never splits a surrogate pair at the edge of its context", () => {
    const emoji = "x\u{1F1FA}\u{1F1E6}y"; // "x🇺🇦y": four UTF-16 units of flag between x and y
    const body2 = `${emoji}QUOTE${emoji}`;
    const start = body2.indexOf("QUOTE");
    const selector = textQuoteSelector(body2, start, start + 5, 2);
    // Two units before would start inside a pair: the prefix drops its lone low surrogate.
    expect(selector.prefix).toBe("y");
    expect(selector.suffix).toBe("x");
    expect(selector.exact).toBe("QUOTE");
  });
});

describe("reanchor with a selector's context", () => {
  it("prefers the occurrence whose surroundings match over the nearest one", () => {
    const before = "Kyiv: nee. Moskou: nee.";
    const start = before.indexOf("nee"); // Kyiv's answer
    const { prefix, suffix } = textQuoteSelector(before, start, start + 3);
    const edited = "Moskou, in het kort: nee. Kyiv: nee.";
    expect(reanchor(edited, { start, end: start + 3, text: "nee" }, { prefix, suffix })?.start).toBe(edited.lastIndexOf("nee"));
    // Without the context it would take the occurrence nearest the old offsets: Moscow's.
    expect(reanchor(edited, { start, end: start + 3, text: "nee" })?.start).toBe(edited.indexOf("nee"));
  });
});
