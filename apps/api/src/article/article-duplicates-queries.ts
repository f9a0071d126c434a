// The duplicate warning before an article is stored (editors only: it looks at drafts too).
import { queryFromInfo } from "@pothos/plugin-prisma";
import { builder } from "../graphql/builder.js";
import { ArticleNode } from "./article-type.js";
import { type ArticleDuplicate, findArticleDuplicates } from "./find-article-duplicates.js";
import type { Article } from "@parley/db";

const DuplicateReasonEnum = builder.enumType("DuplicateReason", {
  description: "Why a stored article looks like the one about to be stored.",
  values: {
    SAME_URL: { description: "Its URL leads to the same page (scheme, www, trailing slash, fragment and tracking parameters ignored)." },
    SAME_TITLE: { description: "Its title reads the same (case, diacritics and punctuation ignored)." },
    SIMILAR_BODY: { description: "Its body is near-identical (trigram similarity of at least 0.8)." },
  } as const,
});

const ArticleDuplicateRef = builder.objectRef<ArticleDuplicate & { article: Article }>("ArticleDuplicate").implement({
  description: "A stored article that is probably the same as the one about to be stored.",
  fields: (t) => ({
    article: t.field({ type: ArticleNode, description: "The stored article.", resolve: (d) => d.article }),
    reasons: t.field({ type: [DuplicateReasonEnum], description: "Every reason it matches.", resolve: (d) => d.reasons }),
    bodySimilarity: t.float({
      nullable: true,
      description: "Trigram similarity of the bodies (0–1), when a body was given.",
      resolve: (d) => d.bodySimilarity,
    }),
  }),
});

builder.queryFields((t) => ({
  articleDuplicates: t.field({
    type: [ArticleDuplicateRef],
    description:
      "Stored articles (drafts included, deleted ones left out) with the same URL, the same title or a near-identical body, best match first (at most 10). Editors only.",
    args: {
      url: t.arg.string({ required: false, description: "The URL of the article about to be stored." }),
      title: t.arg.string({ required: false, description: "Its title." }),
      body: t.arg.string({ required: false, description: "Its text." }),
    },
    authScopes: { editor: true },
    resolve: async (_root, args, ctx, info) => {
      const found = await findArticleDuplicates(ctx.db, args);
      if (found.length === 0) return [];
      // One statement for every matched article, with the selection the client asked for.
      const articles = await ctx.db.article.findMany({
        ...queryFromInfo({ context: ctx, info, paths: [["article"]] }),
        where: { id: { in: found.map((d) => d.articleId) } },
      });
      return found.flatMap((d) => {
        const article = articles.find((a) => a.id === d.articleId);
        return article ? [{ ...d, article }] : [];
      });
    },
  }),
}));
