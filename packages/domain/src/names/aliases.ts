/**
 * A record's own names are always among its aliases, first: search by alias then finds a party by its
 * name and its short name ("EU") as well as by the other spellings editors list. Duplicates are dropped.
 */
export function aliasesOf(own: { name: string; shortName?: string | null }, others: readonly string[] = []): string[] {
  const names = [own.name, ...(own.shortName ? [own.shortName] : []), ...others];
  return [...new Set(names)];
}
