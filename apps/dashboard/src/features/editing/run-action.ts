// Runs a server action's API calls and turns an ApiError into a worded refusal for the form.
import "server-only";
import { getTranslations } from "next-intl/server";
import { ApiError } from "@/lib/api";
import type { ActionFailure, ActionResult } from "./action-result";

/** A refusal in the editor's language; the API's own (English) reason is kept as the detail. */
export async function toFailure(error: ApiError): Promise<ActionFailure> {
  const t = await getTranslations("editing");
  const message =
    error.code === "BAD_USER_INPUT"
      ? t("errors.BAD_USER_INPUT", { reason: error.message })
      : error.code === "CONFLICT" ||
          error.code === "FORBIDDEN" ||
          error.code === "UNAUTHENTICATED" ||
          error.code === "UNREACHABLE" ||
          error.code === "NOT_FOUND" ||
          error.code === "RATE_LIMITED"
        ? t(`errors.${error.code}`)
        : t("errors.UNKNOWN");
  return { ok: false, code: error.code, ...(error.field ? { field: error.field } : {}), message };
}

export async function runAction<T>(work: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    if (error instanceof ApiError) return toFailure(error);
    throw error;
  }
}
