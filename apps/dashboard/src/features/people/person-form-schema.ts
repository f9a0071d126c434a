// The person form's values and rules (client and server validate with the same schema): names,
// spellings and roles over time, each role with its party, dates and the quote that states it.
import { z } from "zod";
import { partialDateFieldsSchema, partialDateSchema } from "@/features/editing/partial-date-value";
import { pickOptionSchema } from "@/features/editing/pick-option";
import { aliasesRule, NAME_MAX, nameRule, noteRule, slugRule } from "@/features/editing/record-rules";
import type { FormRecord } from "@/features/editing/record-save";

const roleSchema = z.object({
  title: z.string().trim().min(1, "roleTitle.required").max(NAME_MAX, "name.tooLong"),
  party: pickOptionSchema.nullable(),
  start: partialDateSchema,
  end: partialDateSchema,
  evidence: pickOptionSchema.nullable(),
});

export const personFormSchema = z.object({
  name: nameRule,
  slug: slugRule,
  description: noteRule,
  aliases: aliasesRule,
  roles: z.array(roleSchema).max(100),
});
export type PersonFormValues = z.infer<typeof personFormSchema>;
export type PersonRoleValues = z.infer<typeof roleSchema>;

export const personDraftSchema = z.object({
  name: z.string(),
  slug: z.string(),
  description: z.string(),
  aliases: z.array(z.string()),
  roles: z.array(
    z.object({
      title: z.string(),
      party: pickOptionSchema.nullable(),
      start: partialDateFieldsSchema,
      end: partialDateFieldsSchema,
      evidence: pickOptionSchema.nullable(),
    }),
  ),
});

export const PERSON_FIELDS = ["name", "slug", "aliases", "roles", "description"] as const satisfies readonly (keyof PersonFormValues)[];

export const EMPTY_PERSON: PersonFormValues = { name: "", slug: "", description: "", aliases: [], roles: [] };

export type PersonRecord = FormRecord<PersonFormValues>;
