// Case- and accent-insensitive comparison for what the dashboard matches itself (round titles in search,
// "is the matched alias just the name?"). Name search proper runs in the API with its own normalisation.
export function foldForMatching(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
