// A readable diff of two states of a record, each first "presented" as field → text (or a list of texts
// for relations and quotes), so the diff speaks of names and quotes, never of ids.

export type PresentedValue = string | readonly string[] | null;
export type Presented = Readonly<Record<string, PresentedValue>>;

export type FieldChange =
  { field: string; kind: "value"; before: string | null; after: string | null } | { field: string; kind: "list"; added: string[]; removed: string[] };

function asList(value: PresentedValue | undefined): readonly string[] | null {
  return Array.isArray(value) ? value : null;
}

/** What changed from `before` to `after` (either may be null: a creation, or a record we cannot read). */
export function diffPresented(before: Presented | null, after: Presented | null): FieldChange[] {
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  return fields.flatMap((field): FieldChange[] => {
    const b = before?.[field] ?? null;
    const a = after?.[field] ?? null;
    const bl = asList(b);
    const al = asList(a);
    if (bl || al) {
      const added = (al ?? []).filter((x) => !(bl ?? []).includes(x));
      const removed = (bl ?? []).filter((x) => !(al ?? []).includes(x));
      return added.length || removed.length ? [{ field, kind: "list", added, removed }] : [];
    }
    const bs = typeof b === "string" ? b : null;
    const as = typeof a === "string" ? a : null;
    return bs === as ? [] : [{ field, kind: "value", before: bs, after: as }];
  });
}
