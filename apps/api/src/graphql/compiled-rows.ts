// Rows the one-statement compiler built (lean-find-many.ts), and every record nested in them, each with its
// level: the rows of one statement at one place of its selection (the positions, their parties, their
// quotes…). Pothos finds what every row of a level was loaded with the same way, so what it found for the
// first row answers for the rest (compiled-rows-plugin.ts).
import type { getLoaderMapping } from "@pothos/selection-mapper";

export type LoaderMapping = NonNullable<ReturnType<typeof getLoaderMapping>>;

export interface RowLevel {
  /** What Pothos found for a field (its AST nodes) under a parent response key; null: take Pothos's path. */
  readonly found: Map<object, Map<string | number, LoaderMapping | null>>;
}

/** On the row itself, not enumerable (invisible to JSON, spreads and equality): a WeakMap entry per row cost more than the lookup it saves. */
const LEVEL = Symbol("compiled row level");

function isRowLevel(value: unknown): value is RowLevel {
  return typeof value === "object" && value !== null && "found" in value;
}

export function newRowLevel(): RowLevel {
  return { found: new Map() };
}

export function markCompiled(row: object, level: RowLevel): void {
  Object.defineProperty(row, LEVEL, { value: level, enumerable: false });
}

export function levelOf(value: unknown): RowLevel | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const level: unknown = Reflect.get(value, LEVEL);
  return isRowLevel(level) ? level : undefined;
}
