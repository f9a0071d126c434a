// The topic form's values and rules (client and server validate with the same schema).
import { z } from "zod";
import { pickOptionSchema } from "@/features/editing/pick-option";
import { aliasesRule, nameRule, noteRule, slugRule } from "@/features/editing/record-rules";
import type { FormRecord } from "@/features/editing/record-save";

export const PROPOSITION_MAX = 4000;

export const topicFormSchema = z.object({
  name: nameRule,
  slug: slugRule,
  parent: pickOptionSchema.nullable(),
  proposition: z.string().trim().max(PROPOSITION_MAX, "proposition.tooLong"),
  description: noteRule,
  aliases: aliasesRule,
});
export type TopicFormValues = z.infer<typeof topicFormSchema>;

export const topicDraftSchema = z.object({
  name: z.string(),
  slug: z.string(),
  parent: pickOptionSchema.nullable(),
  proposition: z.string(),
  description: z.string(),
  aliases: z.array(z.string()),
});

export const TOPIC_FIELDS = ["name", "slug", "parent", "proposition", "description", "aliases"] as const satisfies readonly (keyof TopicFormValues)[];

export const EMPTY_TOPIC: TopicFormValues = { name: "", slug: "", parent: null, proposition: "", description: "", aliases: [] };

export type TopicRecord = FormRecord<TopicFormValues>;
