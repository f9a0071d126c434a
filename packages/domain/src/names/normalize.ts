/**
 * Name search compares normalised names: lower case, diacritics removed, punctuation folded to spaces.
 * "Zelenskyy", "Zelensky" and "ZELENSKÝ" stay distinct spellings (aliases cover those), but
 * "Oekraïne" matches "oekraine" and "Zaporizja" matches "zaporizja".
 */
export function normalizeName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[‘’'`´"“”]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** A URL-safe slug from a name: "Abu Dhabi, round 2" → "abu-dhabi-round-2". */
export function slugify(name: string): string {
  return normalizeName(name).replace(/\s+/g, "-").slice(0, 80);
}
