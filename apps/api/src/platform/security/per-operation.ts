// What the checks read of an operation that does not depend on its variables, worked out once per parsed
// document. Apollo keeps every validated document (its document store) and hands the same nodes to each
// request with the same text, so the checks walk an operation's tree once, not on every request.
import type { DocumentNode, OperationDefinitionNode } from "graphql";

export function perOperation<T>(compute: (document: DocumentNode, operation: OperationDefinitionNode) => T) {
  const known = new WeakMap<OperationDefinitionNode, T>();
  return (document: DocumentNode, operation: OperationDefinitionNode): T => {
    const cached = known.get(operation);
    if (cached !== undefined) return cached;
    const computed = compute(document, operation);
    known.set(operation, computed);
    return computed;
  };
}
