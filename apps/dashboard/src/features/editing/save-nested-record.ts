// The server side of a record form's save: validate again (the browser is not trusted), call the API,
// and answer the form — the record's page, a worded refusal with its field, or the colleague's version
// after a CONFLICT. Shared by the round, demand and proposal forms.
import "server-only";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import { ApiError } from "@/lib/api";
import { toFailure } from "./run-action";
import type { FormRecord, SaveOutcome } from "./use-nested-record-form";

interface SaveRecordOptions<V> {
  schema: z.ZodType<V>;
  values: V;
  /** Calls the API; answers the saved record's page. */
  write: (valid: V) => Promise<string>;
  /** Re-reads the record after a CONFLICT (edits only). */
  reload?: () => Promise<FormRecord<V> | null>;
}

export async function saveRecord<V>({ schema, values, write, reload }: SaveRecordOptions<V>): Promise<SaveOutcome<V>> {
  const parsed = schema.safeParse(values);
  if (!parsed.success) {
    const t = await getTranslations("editing");
    const issue = parsed.error.issues[0];
    return { ok: false, code: "BAD_USER_INPUT", field: issue?.path.map(String).join("."), message: t("errors.invalid") };
  }
  try {
    return { ok: true, value: { href: await write(parsed.data) } };
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    const failure = await toFailure(error);
    if (error.code === "CONFLICT" && reload) {
      const current = await reload();
      if (current) return { ...failure, code: "CONFLICT", current };
    }
    return failure;
  }
}
