// Negotiation processes: the GraphQL type and the processes list.
import { processListWhere } from "../filters/catalog-filters.js";
import { builder } from "../graphql/builder.js";
import { assertOwnCursor } from "../graphql/cursors.js";
import { EditorialStatusEnum } from "../graphql/enums.js";
import { CatalogFilterInput } from "../graphql/filter-inputs.js";
import { visible, visibleById } from "../visibility/visibility.js";

export const ProcessNode = builder.prismaNode("NegotiationProcess", {
  id: { field: "id" },
  // node(id:) applies the published-only rule; a missing or hidden record is null, not an error.
  findUnique: visibleById,
  nullable: true,
  select: { id: true },
  description: "A negotiation process: a series of rounds (e.g. the Abu Dhabi trilateral talks).",
  fields: (t) => ({
    version: t.exposeInt("version", { description: "Increases with every edit; send it back when editing (optimistic concurrency)." }),
    slug: t.exposeString("slug", { description: "Stable, URL-safe identifier." }),
    name: t.exposeString("name", { description: "Name of the process." }),
    description: t.exposeString("description", { nullable: true, description: "Editors' description." }),
    status: t.expose("status", { type: EditorialStatusEnum, description: "Editorial status." }),
    rounds: t.relatedConnection("rounds", {
      cursor: "id",
      totalCount: true,
      description: "The process's rounds in time order.",
      query: (_args, ctx) => ({ where: visible(ctx), orderBy: [{ startDate: { sort: "asc", nulls: "last" } }, { id: "asc" }] }),
    }),
  }),
});

builder.queryFields((t) => ({
  processes: t.prismaConnection({
    type: "NegotiationProcess",
    cursor: "id",
    description: "Negotiation processes, by name.",
    args: { filter: t.arg({ type: CatalogFilterInput, required: false, description: "Criteria; omit for the whole list." }) },
    resolve: async (query, _root, args, ctx) => {
      await assertOwnCursor(ctx, "negotiationProcess", args);
      return ctx.db.negotiationProcess.findMany({ ...query, where: processListWhere(ctx, args.filter), orderBy: [{ name: "asc" }, { id: "asc" }] });
    },
    totalCount: (_root, args, ctx) => ctx.db.negotiationProcess.count({ where: processListWhere(ctx, args.filter) }),
  }),
}));
