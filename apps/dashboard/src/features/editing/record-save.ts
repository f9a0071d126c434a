// What a record's form edits and what saving it answers. Safe for client components.
import type { ActionFailure, ActionResult } from "./action-result";

/** A record as its form edits it; `id` is null for a record not yet created. */
export interface FormRecord<V> {
  id: string | null;
  version: number;
  values: V;
}

/** Saved: the record's page. Refused: a worded failure, or — after a CONFLICT — the record as it now stands. */
export type SaveRecordResult<V> = ActionResult<{ href: string }> | (ActionFailure & { code: "CONFLICT"; current: FormRecord<V> });
