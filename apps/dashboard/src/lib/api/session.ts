// Who is signed in, asked once per request; anonymous visitors cost no request at all.
import "server-only";
import { cache } from "react";
import { z } from "zod";
import { env } from "@/env";
import { sessionCookieHeader } from "./client";

export type Role = "ADMIN" | "EDITOR" | "ANALYST";

export interface SignedInUser {
  name: string;
  email: string;
  role: Role;
}

const sessionSchema = z
  .object({
    user: z.object({
      name: z.string(),
      email: z.string(),
      role: z.enum(["ADMIN", "EDITOR", "ANALYST"]).catch("ANALYST"),
    }),
  })
  .nullable();

/** The signed-in user, or null (no cookie, an expired session, or the API unreachable). */
export const getSignedInUser = cache(async (): Promise<SignedInUser | null> => {
  const cookie = await sessionCookieHeader();
  if (!cookie) return null;
  try {
    const response = await fetch(`${new URL(env.API_URL).origin}/api/auth/get-session`, {
      headers: { cookie },
      cache: "no-store",
      signal: AbortSignal.timeout(5_000),
    });
    if (!response.ok) return null;
    const parsed = sessionSchema.safeParse(await response.json());
    return parsed.success ? (parsed.data?.user ?? null) : null;
  } catch {
    return null;
  }
});

/** Staff see drafts and history; only editors and administrators are offered edit controls. */
export function canEdit(user: SignedInUser | null): boolean {
  return user?.role === "EDITOR" || user?.role === "ADMIN";
}

export function isStaff(user: SignedInUser | null): boolean {
  return user !== null;
}

/** Administration (users, API keys) is for administrators only. */
export function isAdmin(user: SignedInUser | null): boolean {
  return user?.role === "ADMIN";
}
