import { builder } from "../graphql/builder.js";
import type { Viewer } from "../platform/context.js";

const ViewerKind = builder.enumType("ViewerKind", { description: "What kind of caller this is.", values: ["ANONYMOUS", "PARTNER", "USER"] as const });

const ViewerRef = builder.objectRef<Viewer>("Viewer").implement({
  description: "The caller of this request.",
  fields: (t) => ({
    kind: t.field({
      type: ViewerKind,
      description: "Anonymous, a partner app (API key) or a signed-in user.",
      resolve: (v) => (v.kind === "anonymous" ? "ANONYMOUS" : v.kind === "partner" ? "PARTNER" : "USER"),
    }),
    role: t.string({
      nullable: true,
      description: "The signed-in user's role: ADMIN, EDITOR or ANALYST.",
      resolve: (v) => (v.kind === "user" ? v.role : null),
    }),
  }),
});

builder.queryField("viewer", (t) =>
  t.field({ type: ViewerRef, description: "Who the API takes the caller to be.", resolve: (_root, _args, ctx) => ctx.viewer }),
);
