// What a server action answers a form: its value, or a refusal the form can place (on the field the
// API named) and word (already in the editor's language). Safe to import in client components.
import type { ApiErrorCode } from "@/lib/api/errors";

export interface ActionFailure {
  ok: false;
  code: ApiErrorCode;
  /** The form field at fault (the API's `extensions.field` without its `input.` prefix), if any. */
  field?: string;
  message: string;
}

export type ActionResult<T> = { ok: true; value: T } | ActionFailure;

/** The top-level form field an API path names: "input.stated.on" → "stated"; unknown names → undefined. */
export function formFieldOf<F extends string>(apiField: string | undefined, fields: readonly F[]): F | undefined {
  if (!apiField) return undefined;
  const [first, second] = apiField.split(".");
  const name = first === "input" ? second : first;
  return fields.find((f) => f === name);
}
