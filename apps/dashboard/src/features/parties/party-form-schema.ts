// The party form's values and rules (client and server validate with the same schema).
import { z } from "zod";
import { aliasesRule, nameRule, noteRule, slugRule } from "@/features/editing/record-rules";
import type { FormRecord } from "@/features/editing/record-save";
import { PARTY_KINDS } from "@/features/editing/catalog-enums";

export const partyFormSchema = z.object({
  name: nameRule,
  shortName: z.string().trim().max(50, "shortName.tooLong"),
  slug: slugRule,
  kind: z.enum(PARTY_KINDS),
  description: noteRule,
  aliases: aliasesRule,
});
export type PartyFormValues = z.infer<typeof partyFormSchema>;

export const partyDraftSchema = z.object({
  name: z.string(),
  shortName: z.string(),
  slug: z.string(),
  kind: z.enum(PARTY_KINDS),
  description: z.string(),
  aliases: z.array(z.string()),
});

export const PARTY_FIELDS = ["name", "shortName", "slug", "kind", "description", "aliases"] as const satisfies readonly (keyof PartyFormValues)[];

export const EMPTY_PARTY: PartyFormValues = { name: "", shortName: "", slug: "", kind: "STATE", description: "", aliases: [] };

export type PartyRecord = FormRecord<PartyFormValues>;
