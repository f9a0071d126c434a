// The one place errors become the client contract: known errors keep their code and message,
// anything unexpected is logged with its request id and hidden behind INTERNAL_SERVER_ERROR.
import type { GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import { GraphQLError } from "graphql";
import { PothosValidationError } from "@pothos/core";
import type { ApolloServerPlugin } from "@apollo/server";
import type { Context } from "./context.js";
import type { Logger } from "./logger.js";

export const ErrorCode = {
  BAD_USER_INPUT: "BAD_USER_INPUT",
  NOT_FOUND: "NOT_FOUND",
  UNAUTHENTICATED: "UNAUTHENTICATED",
  FORBIDDEN: "FORBIDDEN",
  CONFLICT: "CONFLICT",
  RATE_LIMITED: "RATE_LIMITED",
  INTERNAL_SERVER_ERROR: "INTERNAL_SERVER_ERROR",
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** A failure the client can act on: it reaches the client with its code and message. */
export class AppError extends GraphQLError {
  constructor(
    code: ErrorCode,
    message: string,
    extra: { argument?: string; field?: string[]; details?: Record<string, unknown>; /** For errors raised before execution. */ httpStatus?: number } = {},
  ) {
    super(message, {
      extensions: {
        code,
        ...(extra.argument ? { argument: extra.argument } : {}),
        ...(extra.field ? { field: extra.field } : {}),
        ...(extra.details ?? {}),
        ...(extra.httpStatus ? { http: { status: extra.httpStatus } } : {}),
      },
    });
  }
}

const CLIENT_CODES = new Set<string>([
  ...Object.values(ErrorCode).filter((c) => c !== "INTERNAL_SERVER_ERROR"),
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "OPERATION_RESOLUTION_FAILURE",
]);

/** Whether an error is part of the client contract (kept) or unexpected (logged, then hidden). */
export function isClientError(error: unknown): boolean {
  const original = unwrapResolverError(error);
  if (original instanceof PothosValidationError) return true;
  const code = original instanceof GraphQLError ? original.extensions?.code : undefined;
  return typeof code === "string" && CLIENT_CODES.has(code);
}

/** Logs unexpected errors with the request's id; clients only see INTERNAL_SERVER_ERROR. */
export function errorLogging(logger: Logger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            if (isClientError(error) || CLIENT_CODES.has(String(error.extensions?.code))) continue;
            logger.error({ err: unwrapResolverError(error), requestId: contextValue?.requestId, path: error.path }, "unexpected error");
          }
        },
      };
    },
  };
}

export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = typeof formatted.extensions?.code === "string" ? formatted.extensions.code : undefined;
  const original = unwrapResolverError(error);
  if (code && CLIENT_CODES.has(code) && (original instanceof GraphQLError || !(original instanceof Error) || code !== "INTERNAL_SERVER_ERROR")) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  // Malformed global ids and forged cursors: Pothos says what is wrong, and it is the client's input.
  if (original instanceof PothosValidationError) {
    return { message: original.message, path: formatted.path, locations: formatted.locations, extensions: { code: ErrorCode.BAD_USER_INPUT } };
  }
  return { message: "Internal server error", path: formatted.path, locations: formatted.locations, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
}
