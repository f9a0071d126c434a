import { topicListWhere } from "../filters/catalog-filters.js";
import { CatalogFilterInput } from "../graphql/filter-inputs.js";
import { assertOwnCursor } from "../graphql/cursors.js";
import { builder } from "../graphql/builder.js";
import { EditorialStatusEnum } from "../graphql/enums.js";
import { EDITORIAL_STATE, visible, visibleById, visibleOrNull, demandVisibility, editorial, positionVisibility } from "../visibility/visibility.js";
import { readNodeInOneStatement } from "../graphql/lean-nodes.js";

/** What a single link to a topic loads besides the client's selection: the node's columns and its editorial state. */
export const TOPIC_LINK = { select: { ...EDITORIAL_STATE.select, path: true } } as const;

export const TopicNode = builder.prismaNode("Topic", {
  id: { field: "id" },
  // node(id:) applies the published-only rule; a missing or hidden record is null, not an error.
  findUnique: visibleById,
  nullable: true,
  select: { id: true, path: true },
  description: "What is negotiated, in a hierarchy (territory → Donbas → Donetsk region).",
  fields: (t) => ({
    slug: t.exposeString("slug", { description: "Stable, URL-safe identifier." }),
    name: t.exposeString("name", { description: "Canonical English name." }),
    proposition: t.exposeString("proposition", {
      nullable: true,
      description: "What stances on this topic are measured against: SUPPORTS means supports this proposition.",
    }),
    description: t.exposeString("description", { nullable: true, description: "Editors' note." }),
    path: t.exposeString("path", { description: 'Slugs from the root topic, joined by "/".' }),
    status: t.expose("status", { type: EditorialStatusEnum, description: "Editorial status." }),
    version: t.exposeInt("version", { description: "Optimistic-concurrency version." }),
    children: t.relation("children", {
      description: "Narrower topics.",
      query: (_args, ctx) => ({ where: visible(ctx), orderBy: [{ name: "asc" }] }),
    }),
    aliases: t.relation("aliases", { description: "Other names and spellings (Donbass, Zaporizja, …)." }),
    positions: t.relatedConnection("positions", {
      cursor: "id",
      totalCount: true,
      description:
        "Positions on exactly this topic, oldest first (undated last), ties by id; `parties` narrows to some parties. Read with the topic in one statement per level. For a subtree use `positions(filter: { topic, includeSubtopics })`.",
      args: {
        parties: t.arg.stringList({ required: false, description: "Party slugs: positions of any of these parties." }),
      },
      query: (args, ctx) => ({
        where: { ...positionVisibility(ctx), ...(args.parties?.length ? { party: { ...editorial(ctx, null), slug: { in: args.parties } } } : {}) },
        orderBy: [{ statedOn: { sort: "asc", nulls: "last" } }, { id: "asc" }],
      }),
    }),
    demands: t.relatedConnection("demands", {
      cursor: "id",
      totalCount: true,
      description: "Demands about exactly this topic, oldest first (undated last), ties by id. For a subtree use `demands(filter: { topic })`.",
      query: (_args, ctx) => ({ where: demandVisibility(ctx), orderBy: [{ raisedOn: { sort: "asc", nulls: "last" } }, { id: "asc" }] }),
    }),
  }),
});
readNodeInOneStatement(TopicNode, visibleById);

// Added once the Topic type exists: a topic links to its broader topic.
builder.prismaObjectFields("Topic", (t) => ({
  parent: t.field({
    type: TopicNode,
    nullable: true,
    description: "The broader topic.",
    select: (_args, _ctx, nested) => ({ parent: nested(TOPIC_LINK) }),
    resolve: (x, _args, ctx) => visibleOrNull(ctx, x.parent),
  }),
}));

builder.prismaObject("TopicAlias", {
  description: "One name or spelling of a topic.",
  fields: (t) => ({
    name: t.exposeString("name", { description: "The spelling as the source writes it." }),
    language: t.exposeString("language", { nullable: true, description: "Language of this spelling, when known." }),
  }),
});

builder.queryFields((t) => ({
  topics: t.prismaConnection({
    type: "Topic",
    cursor: "id",
    description: "Topics in hierarchy order (by path).",
    args: {
      rootsOnly: t.arg.boolean({ required: false, description: "Only top-level topics." }),
      filter: t.arg({ type: CatalogFilterInput, required: false, description: "Criteria; omit for all topics." }),
    },
    resolve: async (query, _root, args, ctx) => {
      await assertOwnCursor(ctx, "topic", args);
      return ctx.db.topic.findMany({
        ...query,
        where: { ...topicListWhere(ctx, args.filter), ...(args.rootsOnly ? { parentId: null } : {}) },
        orderBy: [{ path: "asc" }, { id: "asc" }],
      });
    },
    totalCount: (_root, args, ctx) => ctx.db.topic.count({ where: { ...topicListWhere(ctx, args.filter), ...(args.rootsOnly ? { parentId: null } : {}) } }),
  }),
  topic: t.prismaField({
    type: "Topic",
    nullable: true,
    description: "One topic by slug.",
    args: { slug: t.arg.string({ required: true, description: 'The topic\'s slug, e.g. "donbas".' }) },
    resolve: (query, _root, args, ctx) => ctx.db.topic.findFirst({ ...query, where: { slug: args.slug, ...visible(ctx) } }),
  }),
}));
