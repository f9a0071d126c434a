// What can go wrong when the dashboard asks the API, as types pages can decide on (never on message text).

/** Codes the API puts in `extensions.code`, plus UNREACHABLE for a network failure. */
export type ApiErrorCode =
  | "NOT_FOUND"
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "BAD_USER_INPUT"
  | "CONFLICT"
  | "RATE_LIMITED"
  | "GRAPHQL_VALIDATION_FAILED"
  | "INTERNAL_SERVER_ERROR"
  | "UNREACHABLE"
  | "UNKNOWN";

const KNOWN: ReadonlySet<string> = new Set<ApiErrorCode>([
  "NOT_FOUND",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "BAD_USER_INPUT",
  "CONFLICT",
  "RATE_LIMITED",
  "GRAPHQL_VALIDATION_FAILED",
  "INTERNAL_SERVER_ERROR",
]);

export function toErrorCode(code: unknown): ApiErrorCode {
  return typeof code === "string" && KNOWN.has(code) ? (code as ApiErrorCode) : "UNKNOWN";
}

/** One GraphQL error of an answer: its code, the input field it names (if any) and the API's own words. */
export class ApiError extends Error {
  override readonly name = "ApiError";
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

/** The API did not answer at all (down, refused, timed out). */
export class ApiUnreachableError extends ApiError {
  constructor(cause: unknown) {
    super("UNREACHABLE", "The Parley API could not be reached.");
    this.cause = cause;
    // The page explains it to the reader; the operator needs the reason.
    console.warn(`[parley] API unreachable: ${cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause)}`);
  }
}
