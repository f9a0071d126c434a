// Pages decide on error codes here, in one place: 404, sign-in with a return URL, or "API unreachable".
import "server-only";
import type { ReactNode } from "react";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { ApiUnreachable } from "@/components/layout/api-unreachable";
import { ApiError } from "./errors";

/** The path (with query) of the page being rendered, set by src/proxy.ts. */
export async function currentPath(): Promise<string> {
  return (await headers()).get("x-parley-path") ?? "/";
}

export async function signInPath(): Promise<string> {
  return `/sign-in?returnTo=${encodeURIComponent(await currentPath())}`;
}

/** Renders a page whose data comes from the API, turning API errors into the page they call for. */
export async function renderWithApi(render: () => Promise<ReactNode>): Promise<ReactNode> {
  try {
    return await render();
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    if (error.code === "NOT_FOUND") notFound();
    if (error.code === "UNAUTHENTICATED") redirect(await signInPath());
    if (error.code === "UNREACHABLE") return <ApiUnreachable />;
    throw error;
  }
}

/** A record the API answered with null is a 404, like a NOT_FOUND error. */
export function found<T>(record: T | null | undefined): T {
  if (record === null || record === undefined) notFound();
  return record;
}
