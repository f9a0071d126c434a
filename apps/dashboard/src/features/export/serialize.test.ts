import { describe, expect, it } from "vitest";
import { toCsv, toJson } from "./serialize";

const rows = [
  {
    party: "Russia",
    score: 3,
    at_round: true,
    round: null,
    quotes: [
      { quote: 'He said, "no".', speaker: "Peskov", article_title: "Talks", outlet: "Outlet", article_date: "4 Feb 2026", link: "http://x/articles/a#quote-1" },
      { quote: "Second", speaker: null, article_title: "More", outlet: null, article_date: "2025", link: "http://x/articles/b#quote-2" },
    ],
  },
  { party: "Ukraine", score: -3, at_round: false, round: "Abu Dhabi", quotes: [] },
];

describe("toCsv", () => {
  it("writes one line per row with the quote columns flattened and quoted", () => {
    const csv = toCsv(rows);
    const [header] = csv.split("\n");
    expect(header).toBe("party,score,at_round,round,quote_count,quote,speaker,article_title,outlet,article_date,link");
    expect(csv).toContain('"He said, ""no"".\nSecond","Peskov\n","Talks\nMore",');
    expect(csv).toContain("Ukraine,-3,false,Abu Dhabi,0,,,,,,");
  });
  it("writes an empty file for no rows", () => {
    expect(toCsv([])).toBe("");
  });
});

describe("toJson", () => {
  it("keeps quotes as lists", () => {
    expect(JSON.parse(toJson(rows))).toEqual(rows);
  });
});
