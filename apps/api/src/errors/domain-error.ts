// The one error the services throw: what went wrong (a code the client can act on), in the services' own
// words. It knows nothing of GraphQL; graphql/error-formatting.ts turns it into the client contract
// (`extensions.code`, the argument and the input path the client wrote).

export const DOMAIN_ERROR_CODES = ["BAD_USER_INPUT", "NOT_FOUND", "UNAUTHENTICATED", "FORBIDDEN", "CONFLICT"] as const;
export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];

/** One problem with one field of a record's input, by the services' field names (`["roles", 0, "partyId"]`). */
export interface FieldIssue {
  field: readonly PropertyKey[];
  message: string;
}

export interface DomainErrorAt {
  /** The field of the record's input at fault, by the services' names; the message is about it. */
  field?: readonly PropertyKey[];
  /** Which parameter of the operation was at fault ("id", "version", "filter.topic"); default "input" with a field. */
  parameter?: string;
  /** Every problem found, when validation found several (the first is the message). */
  issues?: readonly FieldIssue[];
  /** Facts the client may use, e.g. the record as it now stands on CONFLICT. */
  details?: Record<string, unknown>;
}

export class DomainError extends Error {
  override readonly name = "DomainError";
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly at: DomainErrorAt = {},
  ) {
    super(message);
  }
}

/** A BAD_USER_INPUT about one field of a record's input. */
export function fieldError(field: readonly PropertyKey[], message: string, details?: Record<string, unknown>): DomainError {
  return new DomainError("BAD_USER_INPUT", message, { field, ...(details ? { details } : {}) });
}
