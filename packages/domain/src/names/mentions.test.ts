import { describe, expect, it } from "vitest";
import { findMentions, normalizedWords } from "./mentions.js";

const spelled = (text: string, spans: { start: number; end: number }[]) => spans.map((s) => text.slice(s.start, s.end));

describe("findMentions", () => {
  it("finds an alias without diacritics or case, on the original offsets", () => {
    const text = "De Russische delegatie staat onder leiding van Igor KOSTJOEKOV, de baas.";
    const spans = findMentions(text, [{ target: "kostyukov", alias: "Kostjoekov" }]);
    expect(spans).toEqual([{ target: "kostyukov", alias: "Kostjoekov", start: 52, end: 62 }]);
    expect(spelled(text, spans)).toEqual(["KOSTJOEKOV"]);
  });

  it("matches the text's diacritics against a plain alias, and the other way round", () => {
    const text = "Oekraïne en Zelenský; daarna Oekraine.";
    const spans = findMentions(text, [
      { target: "ua", alias: "Oekraine" },
      { target: "zelensky", alias: "Zelensky" },
    ]);
    expect(spelled(text, spans)).toEqual(["Oekraïne", "Zelenský", "Oekraine"]);
  });

  it("counts UTF-16 code units, across astral characters and decomposed marks", () => {
    const text = "😀 Zelenśky and Ze\u0301lensky";
    const spans = findMentions(text, [{ target: "z", alias: "Zelensky" }]);
    expect(spans.map((s) => s.start)).toEqual([3, 16]);
    expect(spelled(text, spans)).toEqual(["Zelenśky", "Ze\u0301lensky"]);
  });

  it("matches whole words only", () => {
    expect(findMentions("Euro's en de Europese Unie", [{ target: "eu", alias: "EU" }])).toEqual([]);
    expect(findMentions("Putinism", [{ target: "p", alias: "Putin" }])).toEqual([]);
  });

  it("prefers the longest overlapping alias, and reports every record sharing a spelling", () => {
    const text = "Igor Kostyukov met Kostyukov.";
    const spans = findMentions(text, [
      { target: "k", alias: "Kostyukov" },
      { target: "k", alias: "Igor Kostyukov" },
      { target: "other", alias: "kostyukov" },
    ]);
    expect(spans.map((s) => [s.target, text.slice(s.start, s.end)])).toEqual([
      ["k", "Igor Kostyukov"],
      ["k", "Kostyukov"],
      ["other", "Kostyukov"],
    ]);
  });

  it("matches across punctuation and line breaks the way alias search folds them", () => {
    const text = "een staakt-het-\nvuren nu";
    const spans = findMentions(text, [{ target: "ceasefire", alias: "staakt het vuren" }]);
    expect(spelled(text, spans)).toEqual(["staakt-het-\nvuren"]);
  });

  it("ignores one-letter aliases and spellings of one record that fold alike", () => {
    expect(findMentions("a b c", [{ target: "x", alias: "a" }])).toEqual([]);
    const spans = findMentions("Zelensky", [
      { target: "z", alias: "Zelensky" },
      { target: "z", alias: "ZELENSKÝ" },
    ]);
    expect(spans).toHaveLength(1);
  });
});

describe("normalizedWords", () => {
  it("keeps apostrophes inside a word, as normalizeName does", () => {
    expect(normalizedWords("regio’s O'Brien").map((w) => w.text)).toEqual(["regios", "obrien"]);
  });
});
