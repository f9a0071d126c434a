// The server half of every record form: validate again (the browser is not trusted), write through the
// API with the editor's session, and answer a result the form can place (a field error, a conflict).
import "server-only";
import type { z } from "zod";
import { getTranslations } from "next-intl/server";
import { ApiError } from "@/lib/api";
import type { FormRecord, SaveRecordResult } from "./record-save";
import { toFailure } from "./run-action";

interface SaveRecordOptions<S extends z.ZodType> {
  schema: S;
  values: unknown;
  /** Calls the API; answers the saved record's page. */
  write: (values: z.infer<S>) => Promise<string>;
  /** The record as it now stands, for the conflict view (updates only). */
  reload?: () => Promise<FormRecord<z.infer<S>> | null>;
}

export async function saveRecord<S extends z.ZodType>({ schema, values, write, reload }: SaveRecordOptions<S>): Promise<SaveRecordResult<z.infer<S>>> {
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
    const worded = await toFailure(error);
    // Shown on the field it names, the API's "input.slug: …" prefix would only repeat the label.
    const failure = error.field ? { ...worded, message: worded.message.replace(`${error.field}: `, "") } : worded;
    if (error.code === "CONFLICT" && reload) {
      const current = await reload();
      if (current) return { ...failure, code: "CONFLICT", current };
    }
    return failure;
  }
}

/** An optional text as the API takes it on an update: empty clears it. */
export const orNull = (text: string): string | null => (text.trim() === "" ? null : text.trim());
