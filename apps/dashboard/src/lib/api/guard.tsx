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

async function withoutCursors(): Promise<string> {
  const url = new URL(await currentPath(), "http://dashboard");
  url.searchParams.delete("after");
  url.searchParams.delete("before");
  return url.pathname + url.search;
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
    // A malformed or foreign id in the URL names nothing: the same 404 as an unknown one.
    if (error.code === "BAD_USER_INPUT" && error.field === "id") notFound();
    // A cursor from an older page of a changed list: start the list again from the top.
    if (error.code === "BAD_USER_INPUT" && (error.field === "after" || error.field === "before")) redirect(await withoutCursors());
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
