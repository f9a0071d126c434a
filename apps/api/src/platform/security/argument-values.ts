// The value an argument really gets: its literal, with variables filled in from the request or, when the
// request leaves a variable out, from the variable's declared default (a default must obey the limits too).
import { Kind, valueFromASTUntyped, visit, type ArgumentNode, type DocumentNode, type OperationDefinitionNode, type ValueNode } from "graphql";
import { perOperation } from "./per-operation.js";

/**
 * What runs of a document: the chosen operation and every fragment (arguments inside fragments must obey
 * the same rules as arguments written in the operation).
 */
export function executedPart(document: DocumentNode, operation: OperationDefinitionNode): DocumentNode {
  return { kind: Kind.DOCUMENT, definitions: [operation, ...document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION)] };
}

/** The request's variables with the operation's declared defaults for those it leaves out. */
export function effectiveVariables(operation: OperationDefinitionNode, given: Record<string, unknown>): Record<string, unknown> {
  const variables: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    if (definition.defaultValue) variables[definition.variable.name.value] = valueFromASTUntyped(definition.defaultValue);
  }
  return { ...variables, ...given };
}

export function argumentValue(node: ValueNode, variables: Record<string, unknown>): unknown {
  return valueFromASTUntyped(node, variables);
}

/**
 * The path (`filter.parties`, list indices left out) of the first place in a value that breaks a rule,
 * or undefined when none does.
 */
export function findInValue(value: unknown, path: string, breaks: (value: unknown) => boolean): string | undefined {
  if (breaks(value)) return path;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findInValue(item, path, breaks);
      if (found) return found;
    }
  } else if (typeof value === "object" && value !== null) {
    for (const [key, inner] of Object.entries(value)) {
      const found = findInValue(inner, `${path}.${key}`, breaks);
      if (found) return found;
    }
  }
  return undefined;
}

/** What an Apollo plugin's `didResolveOperation` is given that the argument checks read. */
export interface ResolvedOperation {
  document: DocumentNode;
  operation?: OperationDefinitionNode | undefined;
  request: { variables?: Record<string, unknown> | undefined };
}

/** Every argument the operation really runs, fragments included, in document order. */
const argumentsRun = perOperation((document, operation) => {
  const found: ArgumentNode[] = [];
  visit(executedPart(document, operation), {
    Argument(node) {
      found.push(node);
    },
  });
  return found;
});

/**
 * The path of the first place in any argument the operation really runs (fragments included, variables
 * and their defaults filled in) that breaks a rule, or undefined when none does.
 */
export function findInArguments({ document, operation, request }: ResolvedOperation, breaks: (value: unknown) => boolean): string | undefined {
  if (!operation) return undefined;
  const variables = effectiveVariables(operation, request.variables ?? {});
  for (const node of argumentsRun(document, operation)) {
    const found = findInValue(argumentValue(node.value, variables), node.name.value, breaks);
    if (found) return found;
  }
  return undefined;
}
