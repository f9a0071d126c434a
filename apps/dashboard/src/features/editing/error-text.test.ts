// Every form's slug error has words in both languages: a schema that produces a key no catalog holds
// would show the raw key ("slug.invalid") under the field.
import { readFileSync } from "node:fs";
import path from "node:path";
import { createTranslator, type Messages } from "next-intl";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { demandFormSchema } from "@/features/demands/demand-form-schema";
import { partyFormSchema } from "@/features/parties/party-form-schema";
import { proposalFormSchema } from "@/features/proposals/proposal-form-schema";
import { roundFormSchema } from "@/features/rounds/round-form-schema";
import { locales } from "@/i18n/locales";
import { errorText, type MessageCatalog } from "./error-text";

const messagesDir = path.resolve(import.meta.dirname, "../../messages");
const read = (locale: string, ns: string): Messages => JSON.parse(readFileSync(path.join(messagesDir, locale, `${ns}.json`), "utf8"));

// The same catalogs, in the same order, as useErrorText reads.
function catalogs(locale: string): MessageCatalog[] {
  const namespaces = ["records", "talks", "editing"] as const;
  return namespaces.map((namespace) => {
    const t = createTranslator<Messages>({ locale, messages: read(locale, namespace) });
    return { has: (k) => t.has(k), word: (k) => t(k) };
  });
}

const schemas: Record<string, z.ZodType> = { demand: demandFormSchema, round: roundFormSchema, proposal: proposalFormSchema, party: partyFormSchema };
const badSlugs = ["", "Abu Dhabi", "abu--dhabi", "a".repeat(101)];

function slugMessages(schema: z.ZodType, slug: string): string[] {
  const result = schema.safeParse({ slug });
  return result.success ? [] : result.error.issues.filter((i) => i.path[0] === "slug").map((i) => i.message);
}

describe("errorText", () => {
  it("answers a message no catalog holds as it came (an API message already worded)", () => {
    expect(errorText(catalogs("en"), "The slug is taken.")).toBe("The slug is taken.");
    expect(errorText(catalogs("en"), undefined)).toBeUndefined();
  });

  describe.each(locales)("in %s", (locale) => {
    it.each(Object.keys(schemas))("words every slug error of the %s form", (name) => {
      const schema = schemas[name];
      if (!schema) throw new Error(`no schema ${name}`);
      for (const slug of badSlugs) {
        const keys = slugMessages(schema, slug);
        expect({ slug, refused: keys.length > 0 }).toEqual({ slug, refused: true });
        for (const key of keys) expect({ key, worded: errorText(catalogs(locale), key) !== key }).toEqual({ key, worded: true });
      }
    });
  });
});
