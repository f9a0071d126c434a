// Outlets: the GraphQL type and the outlets list.
import { outletListWhere } from "../filters/catalog-filters.js";
import { builder } from "../graphql/builder.js";
import { assertOwnCursor } from "../graphql/cursors.js";
import { EditorialStatusEnum } from "../graphql/enums.js";
import { CatalogFilterInput } from "../graphql/filter-inputs.js";
import { visible, visibleById } from "../visibility/visibility.js";

export const OutletNode = builder.prismaNode("Outlet", {
  id: { field: "id" },
  // node(id:) applies the published-only rule; a missing or hidden record is null, not an error.
  findUnique: visibleById,
  nullable: true,
  select: { id: true },
  description: "A news outlet.",
  fields: (t) => ({
    status: t.expose("status", { type: EditorialStatusEnum, description: "Editorial status." }),
    version: t.exposeInt("version", { description: "Increases with every edit; send it back when editing (optimistic concurrency)." }),
    slug: t.exposeString("slug", { description: "Stable, URL-safe identifier." }),
    name: t.exposeString("name", { description: "The outlet's name." }),
    url: t.exposeString("url", { nullable: true, description: "Home page." }),
    country: t.exposeString("country", { nullable: true, description: "ISO 3166 country code." }),
    language: t.exposeString("language", { nullable: true, description: "Main publication language." }),
    articles: t.relatedConnection("articles", {
      cursor: "id",
      totalCount: true,
      description: "Articles from this outlet, newest first.",
      query: (_args, ctx) => ({ where: visible(ctx), orderBy: [{ publishedOn: { sort: "desc", nulls: "last" } }, { id: "asc" }] }),
    }),
  }),
});

builder.queryFields((t) => ({
  outlets: t.prismaConnection({
    type: "Outlet",
    cursor: "id",
    description: "News outlets, by name.",
    args: { filter: t.arg({ type: CatalogFilterInput, required: false, description: "Criteria; omit for the whole list." }) },
    resolve: async (query, _root, args, ctx) => {
      await assertOwnCursor(ctx, "outlet", args);
      return ctx.db.outlet.findMany({ ...query, where: outletListWhere(ctx, args.filter), orderBy: [{ name: "asc" }, { id: "asc" }] });
    },
    totalCount: (_root, args, ctx) => ctx.db.outlet.count({ where: outletListWhere(ctx, args.filter) }),
  }),
}));
