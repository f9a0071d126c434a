// Refuses a request whose answer could be huge before anything runs. graphql-armor's cost rule counts the
// fields written in the document; this estimates the fields the server would resolve: a connection
// multiplies its selection by its page size, so `first: 100` nested four deep (10^8 nodes) is refused while
// a partner's 100-row list with three levels of relations passes.
import type { GraphQLRequestListener } from "@apollo/server";
import type { Context } from "../context.js";
import { Kind, type FragmentDefinitionNode, type SelectionSetNode, type ValueNode, type VariableDefinitionNode } from "graphql";
import { AppError } from "../../graphql/error-formatting.js";

export const RESULT_SIZE = {
  /** Most fields one request may resolve, estimated from page sizes. */
  max: 200_000,
  /** Page size Pothos uses when a connection is read without `first`/`last`. */
  defaultPage: 20,
  /** The largest page a connection serves. */
  maxPage: 100,
} as const;

const PAGE_ARGUMENTS = new Set(["first", "last"]);

/**
 * The number an argument is given: a literal, a variable's value, or the variable's default when the request
 * leaves it out. Undefined when none applies (the argument takes its own default).
 */
export function argumentNumber(value: ValueNode, variables: Record<string, unknown>, definitions: readonly VariableDefinitionNode[] = []): number | undefined {
  if (value.kind === Kind.INT) return Number(value.value);
  if (value.kind !== Kind.VARIABLE) return undefined;
  const name = value.name.value;
  if (name in variables) {
    const v = variables[name];
    return typeof v === "number" ? v : undefined;
  }
  const fallback = definitions.find((d) => d.variable.name.value === name)?.defaultValue;
  return fallback ? argumentNumber(fallback, {}, []) : undefined;
}

/** Estimated fields resolved for one selection set, resolved `times` times. */
export function estimateFields(
  selectionSet: SelectionSetNode,
  times: number,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  definitions: readonly VariableDefinitionNode[] = [],
): number {
  let total = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const fragment = fragments.get(selection.name.value);
      if (fragment) total += estimateFields(fragment.selectionSet, times, fragments, variables, definitions);
      continue;
    }
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      total += estimateFields(selection.selectionSet, times, fragments, variables, definitions);
      continue;
    }
    total += times;
    if (!selection.selectionSet) continue;
    // A connection (a field taking first/last, or selecting edges) repeats its selection once per item.
    const page = selection.arguments?.find((a) => PAGE_ARGUMENTS.has(a.name.value));
    const isConnection = page !== undefined || selection.selectionSet.selections.some((s) => s.kind === Kind.FIELD && s.name.value === "edges");
    // A page size given but not readable here (a variable of another type) counts as the largest page.
    const items = !isConnection ? 1 : page ? (argumentNumber(page.value, variables, definitions) ?? RESULT_SIZE.maxPage) : RESULT_SIZE.defaultPage;
    total += estimateFields(selection.selectionSet, times * Math.max(items, 1), fragments, variables, definitions);
    if (total > Number.MAX_SAFE_INTEGER / 2) return total;
  }
  return total;
}

export const resultSizeLimit: GraphQLRequestListener<Context> = {
  async didResolveOperation({ document, operation, request }) {
    if (!operation) return;
    const fragments = new Map(
      document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
    );
    const estimate = estimateFields(operation.selectionSet, 1, fragments, request.variables ?? {}, operation.variableDefinitions ?? []);
    if (estimate > RESULT_SIZE.max) {
      throw new AppError(
        "BAD_USER_INPUT",
        `This query could resolve about ${Math.round(estimate).toLocaleString("en")} fields (page sizes multiplied through nested connections); the limit is ${RESULT_SIZE.max.toLocaleString("en")}. Ask for smaller pages or fewer nested lists.`,
        { httpStatus: 400, details: { estimatedFields: Math.round(estimate), limit: RESULT_SIZE.max } },
      );
    }
  },
};
