// What the picker's "create" dialog asks for: a name, a slug and, for a party, its kind. The rest is
// filled in later on the record's own form. Safe for client components.
import { z } from "zod";
import { PARTY_KINDS } from "@/features/editing/catalog-enums";

export const QUICK_CREATE_KINDS = ["party", "person", "topic"] as const;
export type QuickCreateKind = (typeof QUICK_CREATE_KINDS)[number];

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const nameRule = z.string().trim().min(1, "name.required").max(200, "name.tooLong");
export const slugRule = z.string().trim().min(1, "slug.required").max(100, "slug.tooLong").regex(SLUG_PATTERN, "slug.pattern");

export const quickCreateSchema = z.object({
  name: nameRule,
  slug: slugRule,
  kind: z.enum(PARTY_KINDS),
});
export type QuickCreateValues = z.infer<typeof quickCreateSchema>;
export const QUICK_CREATE_FIELDS = ["name", "slug", "kind"] as const satisfies readonly (keyof QuickCreateValues)[];
