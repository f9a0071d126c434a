import { describe, expect, it } from "vitest";
import { quoteSelector } from "./text-selection";

describe("TextQuoteSelector", () => {
  it("takes the exact passage with up to 32 characters either side, in UTF-16 code units", () => {
    const body = "Première ligne.\nZweite Zeile mit 🇺🇦 und mehr Text danach, bis zum Ende.";
    const start = body.indexOf("Zweite");
    const end = body.indexOf(" und");
    const s = quoteSelector(body, start, end);
    expect(s.exact).toBe("Zweite Zeile mit 🇺🇦");
    expect(s.exact.length).toBe(end - start);
    expect(s.prefix).toBe("Première ligne.\n");
    expect(s.suffix).toBe(body.slice(end, end + 32));
  });
  it("never cuts a surrogate pair (an emoji, a flag) at the edge of its context", () => {
    // 32 units before the quote fall on the low half of the flag's first pair; 32 after, on a high half.
    const body = `xx🇺🇦${"z".repeat(29)}QUOTE${"y".repeat(31)}🇺🇦`;
    const start = body.indexOf("QUOTE");
    const s = quoteSelector(body, start, start + 5);
    expect(s.prefix).toBe(`🇦${"z".repeat(29)}`);
    expect(s.suffix).toBe("y".repeat(31));
  });
  it("keeps a passage that spans a line break, with the break in its own offsets", () => {
    const body = "Eerste alinea.\n\nTweede alinea begint hier.";
    const start = body.indexOf("alinea.");
    const end = body.indexOf(" begint");
    const s = quoteSelector(body, start, end);
    expect(s.exact).toBe("alinea.\n\nTweede alinea");
    expect(s.end - s.start).toBe(s.exact.length);
  });
});
