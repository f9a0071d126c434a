// The process form's values and rules (client and server validate with the same schema).
import { z } from "zod";
import { nameRule, noteRule, slugRule } from "@/features/editing/record-rules";
import type { FormRecord } from "@/features/editing/record-save";

export const processFormSchema = z.object({ name: nameRule, slug: slugRule, description: noteRule });
export type ProcessFormValues = z.infer<typeof processFormSchema>;

export const processDraftSchema = z.object({ name: z.string(), slug: z.string(), description: z.string() });

export const PROCESS_FIELDS = ["name", "slug", "description"] as const satisfies readonly (keyof ProcessFormValues)[];

export const EMPTY_PROCESS: ProcessFormValues = { name: "", slug: "", description: "" };

export type ProcessRecord = FormRecord<ProcessFormValues>;
