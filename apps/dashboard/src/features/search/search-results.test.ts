import { describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));
vi.mock("@/lib/api", () => ({ apiRequest: vi.fn() }));
vi.mock("@/lib/format", () => ({ getFormat: vi.fn() }));

const { parseSnippet } = await import("./search-results");

describe("parseSnippet", () => {
  it("splits marked words from the text around them", () => {
    expect(parseSnippet("de <mark>Donbas</mark> en <mark>Loehansk</mark>.")).toEqual([
      { text: "de ", mark: false },
      { text: "Donbas", mark: true },
      { text: " en ", mark: false },
      { text: "Loehansk", mark: true },
      { text: ".", mark: false },
    ]);
  });
  it("keeps any other markup as text, so it can never become HTML", () => {
    expect(parseSnippet("<b>x</b> <mark>y</mark>")).toEqual([
      { text: "<b>x</b> ", mark: false },
      { text: "y", mark: true },
    ]);
  });
});
