"use server";
// Server actions over the API's administration mutations. Each validates again and answers with a result
// the form or dialog can place; the API decides who may (administrators only).
import { getTranslations } from "next-intl/server";
import {
  AdminCreateApiKeyDocument,
  AdminCreateUserDocument,
  AdminRevokeApiKeyDocument,
  AdminRevokeSessionsDocument,
  AdminSetUserDisabledDocument,
  AdminSetUserRoleDocument,
} from "@/generated/graphql";
import { apiRequest } from "@/lib/api";
import type { ActionFailure, ActionResult } from "@/features/editing/action-result";
import { runAction } from "@/features/editing/run-action";
import { apiKeyFormSchema, userFormSchema, type ApiKeyFormValues, type Role, type UserFormValues } from "./admin-form-schema";

async function invalid(path: readonly PropertyKey[] | undefined): Promise<ActionFailure> {
  const t = await getTranslations("editing");
  return { ok: false, code: "BAD_USER_INPUT", field: path?.map(String).join("."), message: t("errors.invalid") };
}

export async function createUser(values: UserFormValues): Promise<ActionResult<{ id: string }>> {
  const parsed = userFormSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error.issues[0]?.path);
  return runAction(async () => ({ id: (await apiRequest(AdminCreateUserDocument, parsed.data)).createUser.id }));
}

export async function setUserRole(userId: string, role: Role): Promise<ActionResult<null>> {
  return runAction(async () => {
    await apiRequest(AdminSetUserRoleDocument, { userId, role });
    return null;
  });
}

export async function setUserDisabled(userId: string, disabled: boolean): Promise<ActionResult<null>> {
  return runAction(async () => {
    await apiRequest(AdminSetUserDisabledDocument, { userId, disabled });
    return null;
  });
}

export async function endSessions(userId: string): Promise<ActionResult<number>> {
  return runAction(async () => (await apiRequest(AdminRevokeSessionsDocument, { userId })).revokeSessions);
}

/** The secret comes back once, to the browser that asked; it is never stored by the dashboard. */
export async function createApiKey(values: ApiKeyFormValues): Promise<ActionResult<{ key: string; prefix: string }>> {
  const parsed = apiKeyFormSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error.issues[0]?.path);
  const { name, scopes, expiresInDays } = parsed.data;
  return runAction(async () => {
    const { createApiKey: created } = await apiRequest(AdminCreateApiKeyDocument, { name, scopes, expiresInDays: expiresInDays === 0 ? null : expiresInDays });
    return { key: created.key, prefix: created.apiKey.prefix };
  });
}

export async function revokeApiKey(id: string): Promise<ActionResult<null>> {
  return runAction(async () => {
    await apiRequest(AdminRevokeApiKeyDocument, { id });
    return null;
  });
}
