// The one place errors become the client contract: known errors keep their code and message,
// anything unexpected is logged with its request id and hidden behind INTERNAL_SERVER_ERROR.
import type { GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import { GraphQLError } from "graphql";
import { PothosValidationError } from "@pothos/core";
import type { ApolloServerPlugin } from "@apollo/server";
import type { Context } from "../platform/context.js";
import { DomainError } from "../errors/domain-error.js";
import type { Logger } from "../platform/logger.js";
import { graphqlName, graphqlPath } from "./input-names.js";
import { isDatabaseUnavailable } from "../platform/http/unavailable.js";

export const ErrorCode = {
  BAD_USER_INPUT: "BAD_USER_INPUT",
  NOT_FOUND: "NOT_FOUND",
  UNAUTHENTICATED: "UNAUTHENTICATED",
  FORBIDDEN: "FORBIDDEN",
  CONFLICT: "CONFLICT",
  RATE_LIMITED: "RATE_LIMITED",
  /** The database cannot be reached right now (HTTP 503): retry. */
  SERVICE_UNAVAILABLE: "SERVICE_UNAVAILABLE",
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

/**
 * A domain error as the client sees it: a field error names the input path the client wrote
 * (`input.roles.0.party: …`, with `field` and every issue); any other names the operation's parameter.
 */
export function toGraphQLError(error: DomainError): AppError {
  const { field, parameter, issues, details } = error.at;
  if (!field) return new AppError(error.code, error.message, { ...(parameter ? { argument: parameter } : {}), ...(details ? { details } : {}) });
  const argument = parameter ?? "input";
  const path = (at: readonly PropertyKey[]) => [argument, ...graphqlPath(at)];
  return new AppError(error.code, `${path(field).join(".")}: ${error.message}`, {
    argument,
    field: path(field),
    details: { ...details, ...(issues ? { issues: issues.map((i) => ({ field: path(i.field), message: i.message })) } : {}) },
  });
}

// ── Rules the database enforces (unique keys, CHECKs, foreign keys) ──
// The services check these first; the database is the backstop for races (two editors taking one slug at
// once) and for rules only it knows. A broken rule is the client's input: name the field, never the SQL.

interface RuleText {
  field: string[];
  message: string;
  code?: ErrorCode;
}
const END_BEFORE_START: RuleText = { field: ["end"], message: "the end comes before the start." };
const RULES: Readonly<Record<string, RuleText>> = {
  Delegation_roundId_partyId_key: { field: ["party"], message: "this party already has a delegation at this round; edit that one." },
  Round_processId_sequence_key: { field: ["sequence"], message: "another round of this process already has this number." },
  ProposalVersion_proposalId_number_key: { field: ["versions"], message: "version numbers must be unique." },
  ProposalPoint_versionId_number_key: { field: ["versions"], message: "point numbers must be unique within a version." },
  DelegationMember_delegationId_personId_key: { field: ["members"], message: "a person is listed twice." },
  user_email_key: { field: ["email"], message: "an account with this email exists." },
  Evidence_articleId_startOffset_endOffset_key: {
    field: ["start"],
    message: "this passage is already evidence; link the existing quote instead.",
    code: ErrorCode.CONFLICT,
  },
  Round_dates_check: END_BEFORE_START,
  RoundDateReport_dates_check: END_BEFORE_START,
  PersonRole_dates_check: { field: ["roles"], message: "a role ends before it starts." },
  Demand_not_of_itself_check: { field: ["to"], message: "a party cannot make a demand of itself." },
  Round_sequence_check: { field: ["sequence"], message: "must be positive." },
  Evidence_offsets_check: { field: ["start"], message: "the range is empty or negative." },
};
/** Rows kept in lists of their owner's input: a broken reference in one names the list. */
const LIST_OF: Readonly<Record<string, string>> = {
  RoundParticipant: "participants",
  RoundTopic: "agenda",
  DelegationMember: "members",
  PersonRole: "roles",
  PersonAlias: "aliases",
  PartyAlias: "aliases",
  TopicAlias: "aliases",
  ProposalVersion: "versions",
  ProposalPoint: "versions",
  PositionEvidence: "evidence",
  DemandEvidence: "evidence",
};

/** SQLSTATE invalid_text_representation (e.g. "xyz" for a uuid column). */
const MALFORMED_VALUE = "22P02";

const prop = (o: unknown, key: string): unknown => (typeof o === "object" && o !== null ? (o as Record<string, unknown>)[key] : undefined);

/** The SQLSTATE and constraint name of a driver error, wherever Prisma put it. */
function violationOf(error: unknown): { state: string; constraint: string | undefined } | null {
  const cause = prop(prop(prop(error, "meta"), "driverAdapterError"), "cause") ?? prop(error, "cause");
  const state = prop(cause, "originalCode") ?? prop(cause, "code");
  if (typeof state !== "string" || !(state.startsWith("23") || state === MALFORMED_VALUE)) return null;
  const index = prop(prop(cause, "constraint"), "index");
  if (typeof index === "string") return { state, constraint: index };
  // Without the constraint's name the driver may still say which columns (named the way Prisma names keys).
  const fields = prop(prop(cause, "constraint"), "fields");
  const table = prop(cause, "table");
  if (Array.isArray(fields) && typeof table === "string") return { state, constraint: `${table}_${fields.join("_")}_key` };
  const message = prop(cause, "originalMessage") ?? prop(cause, "message");
  return { state, constraint: typeof message === "string" ? /constraint "([^"]+)"/.exec(message)?.[1] : undefined };
}

function ruleText(state: string, constraint: string | undefined): RuleText {
  const known = constraint ? RULES[constraint] : undefined;
  if (known) return known;
  const [, model = "", columns = ""] = /^([A-Za-z]+)_(.+)_(?:key|fkey|check)$/.exec(constraint ?? "") ?? [];
  if (state === "23505") {
    return columns === "slug"
      ? { field: ["slug"], message: "this slug is already taken." }
      : { field: [], message: "a record with these values already exists.", code: ErrorCode.CONFLICT };
  }
  if (state === "23503") {
    const field = LIST_OF[model] ?? graphqlName(columns);
    return { field: field ? [field] : [], message: "a referenced record does not exist." };
  }
  return { field: columns && !columns.includes("_") ? [graphqlName(columns)] : [], message: "these values break a rule of the data." };
}

/** A write the database refused because of the client's input, as the client's error; null for anything else. */
export function databaseInputError(error: unknown): AppError | null {
  const violation = violationOf(error);
  if (violation?.state === MALFORMED_VALUE) {
    // A value the database cannot read as its column's type: in practice an id that is not a UUID inside a
    // well-formed global id, nested in an input where the argument checks do not reach.
    return new AppError(ErrorCode.BAD_USER_INPUT, "An id in the input is malformed: it does not name a record of this API.", { argument: "input" });
  }
  if (!violation || !["23505", "23514", "23503"].includes(violation.state)) return null;
  const rule = ruleText(violation.state, violation.constraint);
  const field = ["input", ...rule.field];
  return new AppError(rule.code ?? ErrorCode.BAD_USER_INPUT, `${field.join(".")}: ${rule.message}`, {
    argument: "input",
    ...(rule.field.length > 0 ? { field } : {}),
  });
}

const CLIENT_CODES = new Set<string>([
  ...Object.values(ErrorCode).filter((c) => c !== "INTERNAL_SERVER_ERROR"),
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
]);

/** Whether an error is part of the client contract (kept) or unexpected (logged, then hidden). */
export function isClientError(error: unknown): boolean {
  const original = unwrapResolverError(error);
  if (original instanceof PothosValidationError || original instanceof DomainError || databaseInputError(original)) return true;
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
            if (isDatabaseUnavailable(unwrapResolverError(error))) {
              logger.warn({ requestId: contextValue?.requestId, path: error.path }, "database unavailable");
              continue;
            }
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
  // A domain error that left a resolver unmapped (the plugin maps them on the way out).
  if (original instanceof DomainError) return { ...formatted, message: toGraphQLError(original).message, extensions: toGraphQLError(original).extensions };
  const refused = databaseInputError(original);
  if (refused) return { message: refused.message, path: formatted.path, locations: formatted.locations, extensions: refused.extensions };
  if (isDatabaseUnavailable(original)) {
    return {
      message: "The service is briefly unavailable; retry in a moment.",
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: ErrorCode.SERVICE_UNAVAILABLE },
    };
  }
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
