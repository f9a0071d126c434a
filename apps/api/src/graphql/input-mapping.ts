// GraphQL input → service input: ids decoded, absent stays absent (so an update keeps the old value).
type GlobalIdArg = { id: string } | null | undefined;

/** A decoded global id's database id; null clears the link, undefined leaves it as it is. */
export const idOf = (g: GlobalIdArg): string | null | undefined => (g === undefined ? undefined : (g?.id ?? null));

/** For updates: an explicit null clears a field (the service refuses it for required ones), absent keeps it. */
export const defined = (o: object): Record<string, unknown> => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

/** For creates: null and absent both mean "not given". */
export const stripNulls = (o: object): Record<string, unknown> => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined));

/** For patches that name linked rows by global id: each id argument becomes its column, decoded; absent stays absent, an explicit null clears. */
export function decodedPatch(input: Record<string, unknown>, columns: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined) continue;
    const column = columns[key];
    if (column !== undefined) out[column] = idOf(value as GlobalIdArg);
    else out[key] = value;
  }
  return out;
}
