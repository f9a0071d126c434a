// Introspection is for authenticated clients (partners with a key, signed-in staff): anonymous callers
// get the documented schema.graphql instead.
import type { ApolloServerPlugin } from "@apollo/server";
import { visit, BREAK } from "graphql";
import type { Context } from "../context.js";
import { AppError } from "../errors.js";

export const introspectionForAuthenticated: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ document, contextValue }) {
        if (contextValue.viewer.kind !== "anonymous") return;
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
        if (introspects) throw new AppError("UNAUTHENTICATED", "Introspection needs an API key (x-api-key header); the schema is also published as schema.graphql.", { httpStatus: 401 });
      },
    };
  },
};
