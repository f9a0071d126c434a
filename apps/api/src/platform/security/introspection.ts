// Introspection is for authenticated clients (partners with a key, signed-in staff): anonymous callers
// get the documented schema.graphql instead. In development the landing page (Apollo Sandbox) introspects
// without a key, so there anonymous introspection is allowed too (see `anonymousIntrospection` in env.ts).
import type { GraphQLRequestListener } from "@apollo/server";
import { visit, BREAK } from "graphql";
import type { Context } from "../context.js";
import { AppError } from "../../graphql/error-formatting.js";

export function introspectionRule({ allowAnonymous }: { allowAnonymous: boolean }): GraphQLRequestListener<Context> {
  return {
    async didResolveOperation({ document, contextValue }) {
      if (allowAnonymous || contextValue.viewer.kind !== "anonymous") return;
      let introspects = false;
      visit(document, {
        Field(node) {
          if (node.name.value === "__schema" || node.name.value === "__type") {
            introspects = true;
            return BREAK;
          }
          return undefined;
        },
      });
      if (introspects)
        throw new AppError("UNAUTHENTICATED", "Introspection needs an API key (x-api-key header); the schema is also published as schema.graphql.", {
          httpStatus: 401,
        });
    },
  };
}
