// Limits on what one GraphQL request may ask for: depth, aliases, cost, page size, tokens. Checked before
// any resolver runs, each failure a typed client error.
import type { GraphQLRequestListener } from "@apollo/server";
import type { Context } from "../context.js";
import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { costLimitRule } from "@escape.tech/graphql-armor-cost-limit";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import { Kind, visit, type ArgumentNode, type GraphQLError, type ValidationContext, type ValidationRule } from "graphql";
import { AppError } from "../../graphql/error-formatting.js";
import { argumentNumber } from "./result-size.js";
import { findInArguments } from "./argument-values.js";
import { perOperation } from "./per-operation.js";

export const LIMITS = {
  /** Deepest selection allowed (a 3-level partner list query with connections is ~9). */
  depth: 12,
  aliases: 15,
  /** Fields in one operation, weighted: an object field 2, a scalar 1 (depth is limited separately). */
  cost: 50_000,
  /** Largest page a connection may return. */
  pageSize: 100,
  /** Lexical tokens in one document (Apollo's parser enforces it, answering 400). */
  tokens: 5_000,
  /** Items in any one list argument (ids, slugs, filter lists, lists inside inputs): a page's worth. */
  listItems: 100,
  /** Validation errors reported for one document before validation stops (no amplification). */
  validationErrors: 20,
} as const;

// Report a breach as an ordinary validation error (400, GRAPHQL_VALIDATION_FAILED) instead of throwing,
// which Apollo would turn into a 500.
const report = { propagateOnRejection: false, onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)] };

export const validationRules: ValidationRule[] = [
  maxDepthRule({ n: LIMITS.depth, ignoreIntrospection: true, exposeLimits: true, ...report }),
  // Every alias counts, `__typename` too (graphql-armor skips it by default: 101 aliased `__typename`s passed).
  maxAliasesRule({ n: LIMITS.aliases, allowList: [], exposeLimits: true, ...report }),
  costLimitRule({ maxCost: LIMITS.cost, objectCost: 2, scalarCost: 1, depthCostFactor: 1, ignoreIntrospection: true, exposeLimits: true, ...report }),
];

/** The `first`/`last` arguments of an operation, with the field each is given to. */
const pageArguments = perOperation((document) => {
  const found: { node: ArgumentNode; fieldName: string }[] = [];
  visit(document, {
    Argument(node, _key, _parent, _path, ancestors) {
      if (node.name.value !== "first" && node.name.value !== "last") return;
      const field = ancestors.at(-1);
      found.push({ node, fieldName: field && "kind" in field && field.kind === Kind.FIELD ? field.name.value : "field" });
    },
  });
  return found;
});

/** Rejects `first`/`last` above the page-size limit (Pothos would clamp silently; we say so instead). */
export const pageSizeLimit: GraphQLRequestListener<Context> = {
  async didResolveOperation({ document, request, operation }) {
    if (!operation) return;
    const variables = request.variables ?? {};
    for (const { node, fieldName } of pageArguments(document, operation)) {
      // A variable left out of the request takes its declared default, which must obey the limit too.
      const value = argumentNumber(node.value, variables, operation.variableDefinitions ?? []);
      if (typeof value !== "number") continue;
      if (value > LIMITS.pageSize) {
        throw new AppError("BAD_USER_INPUT", `\`${node.name.value}\` on ${fieldName} is ${value}; pages hold at most ${LIMITS.pageSize} items.`, {
          argument: node.name.value,
          httpStatus: 400,
        });
      }
      if (value < 0)
        throw new AppError("BAD_USER_INPUT", `\`${node.name.value}\` on ${fieldName} must not be negative.`, {
          argument: node.name.value,
          httpStatus: 400,
        });
    }
  },
};

/**
 * Rejects any list argument longer than a page (`nodes(ids:)` with 2,000 ids, a filter with 5,000 slugs),
 * naming the argument: the work a request causes stays bounded however its lists are sent.
 */
export const listSizeLimit: GraphQLRequestListener<Context> = {
  async didResolveOperation(resolved) {
    const at = findInArguments(resolved, (v) => Array.isArray(v) && v.length > LIMITS.listItems);
    if (at)
      throw new AppError("BAD_USER_INPUT", `\`${at}\` lists more than ${LIMITS.listItems} items; send at most ${LIMITS.listItems} per request.`, {
        argument: at,
        httpStatus: 400,
      });
  },
};
