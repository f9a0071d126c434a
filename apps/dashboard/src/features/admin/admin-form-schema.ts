// The administration forms' schemas, shared by the client forms and the server actions. Messages are keys
// under `admin.errors`.
import { z } from "zod";

export const ROLES = ["ADMIN", "EDITOR", "ANALYST"] as const;
export const API_KEY_SCOPES = ["READ_PUBLISHED", "READ_SCHEMA"] as const;
/** Expiry choices, in days; 0 is "never". */
export const EXPIRY_DAYS = [30, 90, 365, 0] as const;

export const userFormSchema = z.object({
  name: z.string().trim().min(1, "required").max(200, "tooLong"),
  email: z.string().trim().email("email"),
  role: z.enum(ROLES),
  password: z.string().min(12, "passwordShort").max(256, "tooLong"),
});
export type UserFormValues = z.infer<typeof userFormSchema>;
export type Role = (typeof ROLES)[number];
export const USER_FIELDS = ["name", "email", "role", "password"] as const;

export const apiKeyFormSchema = z.object({
  name: z.string().trim().min(1, "required").max(200, "tooLong"),
  scopes: z.array(z.enum(API_KEY_SCOPES)).min(1, "scopeRequired"),
  expiresInDays: z.coerce.number().int().min(0).max(3650),
});
export type ApiKeyFormValues = z.input<typeof apiKeyFormSchema>;
export const API_KEY_FIELDS = ["name", "scopes", "expiresInDays"] as const;
