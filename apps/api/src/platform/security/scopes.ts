// API key scopes, applied once per operation before anything runs: reading records needs
// `read:published`, introspection needs `read:schema`. Writing is refused to keys by the resolvers
// (schema/access.ts) whatever their scopes.
import type { GraphQLRequestListener } from "@apollo/server";
import { Kind, type FragmentDefinitionNode, type SelectionSetNode } from "graphql";
import type { Context } from "../context.js";
import { AppError } from "../../graphql/error-formatting.js";
import type { ApiKeyScope } from "./api-keys.js";

/** The scopes an operation needs, judged by its top-level fields (fragments at the top level included). */
export function scopesNeeded(selectionSet: SelectionSetNode, fragments: Record<string, FragmentDefinitionNode>): Set<ApiKeyScope> {
  const needed = new Set<ApiKeyScope>();
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode): void => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (name === "__schema" || name === "__type") needed.add("read:schema");
        else if (name !== "__typename") needed.add("read:published");
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.selectionSet);
      } else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const fragment = fragments[selection.name.value];
        if (fragment) walk(fragment.selectionSet);
      }
    }
  };
  walk(selectionSet);
  return needed;
}

export const apiKeyScopeCheck: GraphQLRequestListener<Context> = {
  async didResolveOperation({ operation, document, contextValue }) {
    const viewer = contextValue.viewer;
    if (viewer.kind !== "partner" || !operation) return;
    const fragments: Record<string, FragmentDefinitionNode> = {};
    for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
    const missing = [...scopesNeeded(operation.selectionSet, fragments)].filter((scope) => !viewer.scopes.includes(scope));
    if (missing.length > 0) {
      throw new AppError(
        "FORBIDDEN",
        `This API key lacks the scope${missing.length > 1 ? "s" : ""} ${missing.join(", ")} (it has: ${viewer.scopes.join(", ") || "none"}).`,
        {
          httpStatus: 403,
          details: { missingScopes: missing },
        },
      );
    }
  },
};
