// What a catalog record's form edits and what saving it answers. Safe for client components.
import type { ActionFailure, ActionResult } from "./action-result";

/** A record as its form edits it; `id` is null for a record not yet created. */
export interface FormRecord<V> {
  id: string | null;
  version: number;
  values: V;
}

/** Where the saved record now is (its page) and at which version. */
export interface SavedRecord {
  id: string;
  version: number;
  href: string;
}

export type SaveRecordResult<V> = ActionResult<SavedRecord> | (ActionFailure & { code: "CONFLICT"; current: FormRecord<V> });
