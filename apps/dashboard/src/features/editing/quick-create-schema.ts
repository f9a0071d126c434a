// What the picker's "create" dialog asks for (parties, people, topics, outlets): a name, a slug and, for a party, its kind. The rest is
// filled in later on the record's own form. Safe for client components.
import { z } from "zod";
import { PARTY_KINDS } from "./catalog-enums";
import { nameRule, slugRule } from "./record-rules";

export const QUICK_CREATE_KINDS = ["party", "person", "topic", "outlet"] as const;
export type QuickCreateKind = (typeof QUICK_CREATE_KINDS)[number];

export const quickCreateSchema = z.object({
  name: nameRule,
  slug: slugRule,
  kind: z.enum(PARTY_KINDS),
});
export type QuickCreateValues = z.infer<typeof quickCreateSchema>;
export const QUICK_CREATE_FIELDS = ["name", "slug", "kind"] as const satisfies readonly (keyof QuickCreateValues)[];
