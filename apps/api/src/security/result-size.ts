// Refuses a request whose answer could be huge before anything runs. graphql-armor's cost rule counts the
// fields written in the document; this estimates the fields the server would resolve: a connection
// multiplies its selection by its page size, so `first: 100` nested four deep (10^8 nodes) is refused while
// a partner's 100-row list with three levels of relations passes.
import type { ApolloServerPlugin } from "@apollo/server";
import { Kind, type FragmentDefinitionNode, type SelectionSetNode, type ValueNode } from "graphql";
import { AppError } from "../errors.js";

export const RESULT_SIZE = {
  /** Most fields one request may resolve, estimated from page sizes. */
  max: 200_000,
  /** Page size Pothos uses when a connection is read without `first`/`last`. */
  defaultPage: 20,
} as const;

const PAGE_ARGUMENTS = new Set(["first", "last"]);

function pageSize(value: ValueNode, variables: Record<string, unknown>): number | undefined {
  if (value.kind === Kind.INT) return Number(value.value);
  if (value.kind === Kind.VARIABLE) {
    const v = variables[value.name.value];
    return typeof v === "number" ? v : undefined;
  }
  return undefined;
}

/** Estimated fields resolved for one selection set, resolved `times` times. */
export function estimateFields(
  selectionSet: SelectionSetNode,
  times: number,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
): number {
  let total = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const fragment = fragments.get(selection.name.value);
      if (fragment) total += estimateFields(fragment.selectionSet, times, fragments, variables);
      continue;
    }
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      total += estimateFields(selection.selectionSet, times, fragments, variables);
      continue;
    }
    total += times;
    if (!selection.selectionSet) continue;
    // A connection (a field taking first/last, or selecting edges) repeats its selection once per item.
    const page = selection.arguments?.find((a) => PAGE_ARGUMENTS.has(a.name.value));
    const isConnection = page !== undefined || selection.selectionSet.selections.some((s) => s.kind === Kind.FIELD && s.name.value === "edges");
    const items = isConnection ? (page ? (pageSize(page.value, variables) ?? RESULT_SIZE.defaultPage) : RESULT_SIZE.defaultPage) : 1;
    total += estimateFields(selection.selectionSet, times * Math.max(items, 1), fragments, variables);
    if (total > Number.MAX_SAFE_INTEGER / 2) return total;
  }
  return total;
}

export const resultSizeLimit: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ document, operation, request }) {
        if (!operation) return;
        const fragments = new Map(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
        const estimate = estimateFields(operation.selectionSet, 1, fragments, request.variables ?? {});
        if (estimate > RESULT_SIZE.max) {
          throw new AppError(
            "BAD_USER_INPUT",
            `This query could resolve about ${Math.round(estimate).toLocaleString("en")} fields (page sizes multiplied through nested connections); the limit is ${RESULT_SIZE.max.toLocaleString("en")}. Ask for smaller pages or fewer nested lists.`,
            { httpStatus: 400, details: { estimatedFields: Math.round(estimate), limit: RESULT_SIZE.max } },
          );
        }
      },
    };
  },
};
