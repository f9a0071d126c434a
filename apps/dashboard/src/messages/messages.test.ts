// Both interface languages must have every message: a key in one language only fails here.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { locales } from "@/i18n/locales";
import { namespaces } from "./index";

const dir = import.meta.dirname;

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

function read(locale: string, ns: string): unknown {
  return JSON.parse(readFileSync(path.join(dir, locale, `${ns}.json`), "utf8"));
}

describe("messages", () => {
  it.each(locales)("every file in %s is a listed namespace, and every namespace has a file", (locale) => {
    const files = readdirSync(path.join(dir, locale))
      .filter((f) => f.endsWith(".json"))
      .map((f) => f.replace(/\.json$/, ""));
    expect(files.sort()).toEqual([...namespaces].sort());
  });

  it.each(namespaces)("%s has the same keys in every language", (ns) => {
    const [first, ...others] = locales.map((locale) => ({ locale, keys: keys(read(locale, ns)).sort() }));
    for (const other of others) {
      expect({ locale: other.locale, missing: first?.keys.filter((k) => !other.keys.includes(k)) }).toEqual({ locale: other.locale, missing: [] });
      expect({ locale: first?.locale, missing: other.keys.filter((k) => !first?.keys.includes(k)) }).toEqual({ locale: first?.locale, missing: [] });
    }
  });

  it.each(namespaces)("%s has no empty messages", (ns) => {
    for (const locale of locales) {
      const json = read(locale, ns);
      const blank = keys(json).filter((k) => k.split(".").reduce<unknown>((v, part) => (v as Record<string, unknown>)[part], json) === "");
      expect({ locale, blank }).toEqual({ locale, blank: [] });
    }
  });
});
