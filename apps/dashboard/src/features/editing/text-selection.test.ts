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
});
