// Calls the Parley API from server components with the typed documents of @parley/client.
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";
import { env } from "../env";

export class ApiError extends Error {
  override readonly name = "ApiError";
}

export async function query<R, V extends Record<string, unknown>>(document: TypedDocumentNode<R, V>, variables: V): Promise<R> {
  let response: Response;
  try {
    response = await fetch(env.API_URL, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/graphql-response+json" },
      body: JSON.stringify({ query: print(document), variables }),
      cache: "no-store",
    });
  } catch (error) {
    throw new ApiError(`The Parley API at ${env.API_URL} cannot be reached (${(error as Error).message}).`);
  }
  const body = (await response.json()) as { data?: R; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) throw new ApiError(body.errors?.map((e) => e.message).join("; ") ?? `HTTP ${response.status}`);
  return body.data;
}
