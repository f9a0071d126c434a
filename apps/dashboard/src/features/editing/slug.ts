// A slug suggested from a title (lower-case words joined by hyphens, as `SLUG_PATTERN` in record-rules
// states them), so a new record's form can offer one the editor may still change.
export function suggestSlug(title: string): string {
  return title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/g, "");
}
