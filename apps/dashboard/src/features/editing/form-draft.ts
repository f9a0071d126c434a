// A form's unsaved state in sessionStorage, keyed by record and version, so a reload (or a crash) does
// not lose it; dropped on save or discard. A draft for an older version is not offered for a newer one.
import type { z } from "zod";

const PREFIX = "parley:draft:";

export function draftKey(recordId: string, version: number): string {
  return `${PREFIX}${recordId}:v${version}`;
}

export function readDraft<S extends z.ZodType>(key: string, schema: S): z.infer<S> | null {
  try {
    const raw = window.sessionStorage.getItem(key);
    if (!raw) return null;
    const parsed = schema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function writeDraft(key: string, values: unknown): void {
  try {
    window.sessionStorage.setItem(key, JSON.stringify(values));
  } catch {
    // Storage full or disabled: the leave-page prompt still protects the work.
  }
}

export function clearDraft(key: string): void {
  try {
    window.sessionStorage.removeItem(key);
  } catch {
    // Nothing stored.
  }
}
