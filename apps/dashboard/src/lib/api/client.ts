// The dashboard's only way to the API: server-side, with the signed-in user's session cookie forwarded.
import "server-only";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";
import { cookies } from "next/headers";
import { env } from "@/env";
import { ApiError, ApiUnreachableError, toErrorCode } from "./errors";

const TIMEOUT_MS = 10_000;

/** better-auth's cookies (with or without the __Secure- prefix); nothing else of the browser's goes to the API. */
function isSessionCookie(name: string): boolean {
  return name.replace(/^__Secure-/, "").startsWith("better-auth.");
}

/** The Cookie header to forward, or undefined for an anonymous visitor. */
export async function sessionCookieHeader(): Promise<string | undefined> {
  const jar = await cookies();
  const parts = jar
    .getAll()
    .filter((c) => isSessionCookie(c.name))
    .map((c) => `${c.name}=${encodeURIComponent(c.value)}`);
  return parts.length > 0 ? parts.join("; ") : undefined;
}

interface GraphQLErrorBody {
  message?: string;
  extensions?: { code?: unknown; field?: unknown; argument?: unknown };
}

interface GraphQLResponseBody<R> {
  data?: R | null;
  errors?: GraphQLErrorBody[];
}

function firstError(errors: GraphQLErrorBody[]): ApiError {
  const [error] = errors;
  // Input validation names a field as a path (["input", "stance"] → "input.stance"); argument checks
  // (ids, cursors) name the argument.
  const named = error?.extensions?.field ?? error?.extensions?.argument;
  const field = typeof named === "string" ? named : Array.isArray(named) ? named.map(String).join(".") : undefined;
  return new ApiError(toErrorCode(error?.extensions?.code), error?.message ?? "The API refused the request.", field);
}

/** Runs a query (or mutation) and returns its data; throws ApiError by `extensions.code`. */
export async function apiRequest<R, V extends Record<string, unknown>>(document: TypedDocumentNode<R, V>, variables: V): Promise<R> {
  const cookie = await sessionCookieHeader();
  const body = JSON.stringify({ query: print(document), variables });
  let response: Response;
  try {
    response = await fetch(env.API_URL, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "application/graphql-response+json, application/json",
        ...(cookie ? { cookie } : {}),
      },
      body,
      cache: "no-store",
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    throw new ApiUnreachableError(error);
  }
  let answer: GraphQLResponseBody<R>;
  try {
    answer = (await response.json()) as GraphQLResponseBody<R>;
  } catch (error) {
    // A proxy's HTML error page or a cut-off answer: the API is not really answering.
    throw new ApiUnreachableError(error);
  }
  if (answer.errors?.length) throw firstError(answer.errors);
  if (!answer.data) throw new ApiError("UNKNOWN", `The API answered HTTP ${response.status} without data.`);
  return answer.data;
}
