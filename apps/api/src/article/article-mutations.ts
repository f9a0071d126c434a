// Articles: ingesting one, and changing it (a new body re-anchors its quotes or is refused).
import { actorOf } from "../access/access.js";
import { builder } from "../graphql/builder.js";
import { defined, stripNulls } from "../graphql/input-mapping.js";
import { PartialDateInput } from "../graphql/partial-date.js";
import { ArticleNode } from "./article-type.js";
import { OutletNode } from "../outlet/outlet-type.js";
import { createArticle } from "./create-article.js";
import { updateArticle } from "./update-article.js";

const ArticleInput = builder.inputType("ArticleInput", {
  description: "An article. On update, omitted fields keep their value; a new body re-anchors its quotes or is refused.",
  fields: (t) => ({
    slug: t.string({ required: false, description: "URL-safe identifier, unique. On create, made from the title when omitted (numbered when taken)." }),
    title: t.string({ required: false, description: "Title as published." }),
    author: t.string({ required: false, description: "Author." }),
    url: t.string({ required: false, description: "Where it was published." }),
    language: t.string({ required: false, description: "BCP 47 language tag of the body." }),
    published: t.field({ type: PartialDateInput, required: false, description: "Publication date." }),
    body: t.string({ required: false, description: "The full text." }),
    outlet: t.globalID({ for: OutletNode, required: false, description: "The outlet that published it (null: none)." }),
  }),
});

builder.mutationFields((t) => ({
  createArticle: t.prismaField({
    type: ArticleNode,
    description: "Ingests an article (as a draft).",
    args: { input: t.arg({ type: ArticleInput, required: true, description: "The article." }) },
    resolve: async (query, _root, args, ctx) => {
      const actor = actorOf(ctx);
      const { outlet, ...rest } = args.input;
      const id = await createArticle(ctx.db, actor, { ...stripNulls(rest), outletId: outlet?.id });
      return ctx.db.article.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  updateArticle: t.prismaField({
    type: ArticleNode,
    description: "Changes an article. A new body moves every quote to where its text now is; if any quote's text is gone, nothing changes.",
    args: {
      id: t.arg.globalID({ for: ArticleNode, required: true, description: "The article." }),
      version: t.arg.int({ required: true, description: "The version your change is based on." }),
      input: t.arg({ type: ArticleInput, required: true, description: "The fields to change." }),
    },
    resolve: async (query, _root, args, ctx) => {
      const actor = actorOf(ctx);
      const { outlet, ...rest } = args.input;
      await updateArticle(ctx.db, actor, args.id.id, args.version, { ...defined(rest), ...(outlet !== undefined ? { outletId: outlet?.id ?? null } : {}) });
      return ctx.db.article.findUniqueOrThrow({ ...query, where: { id: args.id.id } });
    },
  }),
}));
