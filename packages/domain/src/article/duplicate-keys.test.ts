import { describe, expect, it } from "vitest";
import { articleTitleKey, articleUrlKey } from "./duplicate-keys.js";

describe("articleUrlKey", () => {
  it("treats scheme, www, case of the host, a trailing slash and a fragment as the same page", () => {
    const key = articleUrlKey("https://www.NOS.nl/artikel/2553/vredesoverleg/#reacties");
    expect(key).toBe("nos.nl/artikel/2553/vredesoverleg");
    expect(articleUrlKey("http://nos.nl/artikel/2553/vredesoverleg")).toBe(key);
  });
  it("drops tracking parameters and sorts the rest", () => {
    expect(articleUrlKey("https://example.org/a?utm_source=x&b=2&a=1&fbclid=y")).toBe("example.org/a?a=1&b=2");
  });
  it("keeps what changes the page: the path's case, other parameters, the port", () => {
    expect(articleUrlKey("https://example.org/A")).not.toBe(articleUrlKey("https://example.org/a"));
    expect(articleUrlKey("https://example.org/a?id=1")).not.toBe(articleUrlKey("https://example.org/a?id=2"));
    expect(articleUrlKey("https://example.org:8443/a")).toBe("example.org:8443/a");
  });
  it("is null for something that is not a URL", () => {
    expect(articleUrlKey("not a url")).toBeNull();
  });
});

describe("articleTitleKey", () => {
  it("ignores case, diacritics, quotes and punctuation", () => {
    expect(articleTitleKey("Oekraïne: ‘geen gebied  opgeven’")).toBe(articleTitleKey("oekraine - geen gebied opgeven"));
  });
  it("keeps different words different", () => {
    expect(articleTitleKey("Rusland eist de Donbas")).not.toBe(articleTitleKey("Rusland eist Donbas niet"));
  });
});
