import { createHash } from "node:crypto";

/**
 * Seeded records get ids derived from their natural key, so a second seed run finds the same rows and
 * inserts nothing. The result is a well-formed UUID (version 8: "custom").
 */
export function seedId(kind: string, ...key: (string | number | null | undefined)[]): string {
  const hex = createHash("sha256")
    .update(`parley-seed\0${kind}\0${key.map((k) => k ?? "").join("\0")}`)
    .digest("hex");
  const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
