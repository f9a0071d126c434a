// Reading an audit entry's before/after JSON (the API's record shape) without trusting its types.

export type Snapshot = Readonly<Record<string, unknown>>;

export function parseSnapshot(json: string | null): Snapshot | null {
  if (!json) return null;
  try {
    const value: unknown = JSON.parse(json);
    return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Snapshot) : null;
  } catch {
    return null;
  }
}

export function text(s: Snapshot, key: string): string | null {
  const v = s[key];
  return typeof v === "string" ? v : typeof v === "number" || typeof v === "boolean" ? String(v) : null;
}

export function texts(s: Snapshot, key: string): string[] {
  const v = s[key];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
}

export function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | null {
  return allowed.find((a) => a === value) ?? null;
}
