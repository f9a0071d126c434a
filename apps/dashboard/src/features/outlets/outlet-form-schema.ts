// The outlet form's values and rules (client and server validate with the same schema).
import { z } from "zod";
import { countryRule, languageRule, nameRule, slugRule, urlRule } from "@/features/editing/record-rules";
import type { FormRecord } from "@/features/editing/record-save";

export const outletFormSchema = z.object({ name: nameRule, slug: slugRule, url: urlRule, country: countryRule, language: languageRule });
export type OutletFormValues = z.infer<typeof outletFormSchema>;

export const outletDraftSchema = z.object({ name: z.string(), slug: z.string(), url: z.string(), country: z.string(), language: z.string() });

export const OUTLET_FIELDS = ["name", "slug", "url", "country", "language"] as const satisfies readonly (keyof OutletFormValues)[];

export const EMPTY_OUTLET: OutletFormValues = { name: "", slug: "", url: "", country: "", language: "" };

export type OutletRecord = FormRecord<OutletFormValues>;
