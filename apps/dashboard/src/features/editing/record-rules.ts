// The field rules catalog forms share, as the API states them (it checks them again); messages are
// keys under `records.errors`. Safe for client components.
import { z } from "zod";

export const NAME_MAX = 200;
export const NOTE_MAX = 4000;
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const nameRule = z.string().trim().min(1, "name.required").max(NAME_MAX, "name.tooLong");
export const slugRule = z.string().trim().min(1, "slug.required").max(100, "slug.tooLong").regex(SLUG_PATTERN, "slug.pattern");
export const noteRule = z.string().trim().max(NOTE_MAX, "description.tooLong");
export const aliasesRule = z.array(z.string().trim().min(1).max(NAME_MAX, "aliases.tooLong")).max(100, "aliases.tooMany");
/** Empty, or a full http(s) address. */
export const urlRule = z
  .string()
  .trim()
  .max(2000, "url.invalid")
  .refine((u) => u === "" || /^https?:\/\/\S+$/.test(u), "url.invalid");
/** Empty, or a language tag such as "en" or "pt-BR". */
export const languageRule = z
  .string()
  .trim()
  .refine((l) => l === "" || /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(l), "language.invalid");
export const countryRule = z
  .string()
  .trim()
  .refine((c) => c === "" || /^[A-Z]{2}$/.test(c), "country.invalid");
