// A record's aliases as its form shows them: its own names (name, short name) apart, as fixed chips,
// and the other spellings as the editable list. Saving sends both: the API keeps its own names anyway.

export function otherAliases(aliases: readonly { name: string }[], own: readonly (string | null | undefined)[]): string[] {
  const mine = new Set(own.filter((n): n is string => Boolean(n)));
  return aliases.map((a) => a.name).filter((n) => !mine.has(n));
}

/** What the API gets: the own names first, then the others, each once. */
export function aliasesToSave(own: readonly (string | null | undefined)[], others: readonly string[]): string[] {
  return [...new Set([...own.map((n) => n?.trim() ?? ""), ...others.map((n) => n.trim())].filter((n) => n !== ""))];
}
