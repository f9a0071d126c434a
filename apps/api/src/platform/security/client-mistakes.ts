// A client's mistake is answered as one, never as a server error: an operation type the API does not
// serve, a NUL character PostgreSQL cannot store, persisted-query hashes (this API keeps no persisted
// queries), the same validation error repeated thousands of times (`@aa@aa@aa…`), and a database that
// is briefly down (503, so the client retries).
import type { GraphQLRequestListener } from "@apollo/server";
import { GraphQLError, OperationTypeNode, type ValidationRule } from "graphql";
import type { Context } from "../context.js";
import { AppError, ErrorCode } from "../../graphql/error-formatting.js";
import { findInArguments } from "./argument-values.js";

/** The API serves queries and mutations; a subscription is refused at validation (400), not at execution. */
export const noSubscriptions: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (node.operation === OperationTypeNode.SUBSCRIPTION)
      context.reportError(new GraphQLError("This API serves no subscriptions: use a query or a mutation.", { nodes: node }));
  },
});

const containsNul = (v: unknown): boolean => typeof v === "string" && v.includes("\u0000");

/** HTTP status for error codes that Apollo would answer with another one (persisted-query errors with 200). */
const STATUS_OF_CODE: Readonly<Record<string, number>> = {
  PERSISTED_QUERY_NOT_SUPPORTED: 400,
  PERSISTED_QUERY_NOT_FOUND: 400,
  [ErrorCode.SERVICE_UNAVAILABLE]: 503,
};

export const clientMistakes: GraphQLRequestListener<Context> = {
  async didResolveOperation(resolved) {
    const at = findInArguments(resolved, containsNul);
    if (at) throw new AppError("BAD_USER_INPUT", `\`${at}\` contains a NUL character (U+0000), which text cannot hold.`, { argument: at, httpStatus: 400 });
  },
  async willSendResponse({ response }) {
    if (response.body.kind !== "single") return;
    const result = response.body.singleResult;
    if (!result.errors) return;
    // One error per distinct validation message, with how often it occurred: a document cannot make the
    // server build and send thousands of identical errors.
    const seen = new Map<string, { occurrences: number }>();
    const errors = [];
    for (const error of result.errors) {
      const key = error.extensions?.code === "GRAPHQL_VALIDATION_FAILED" ? error.message : undefined;
      const earlier = key !== undefined ? seen.get(key) : undefined;
      if (earlier) {
        earlier.occurrences += 1;
        continue;
      }
      const counted = { occurrences: 1 };
      if (key !== undefined) seen.set(key, counted);
      errors.push({ error, counted });
    }
    result.errors = errors.map(({ error, counted }) =>
      counted.occurrences > 1 ? { ...error, extensions: { ...error.extensions, occurrences: counted.occurrences } } : error,
    );
    for (const error of result.errors) {
      const status = STATUS_OF_CODE[String(error.extensions?.code)];
      if (status) response.http.status = status;
    }
  },
};
