// An article's details as its form edits them, read from the API (the form's start and a conflict's other side).
import "server-only";
import { ArticleEditByIdDocument, ArticleEditDocument, type ArticleEditPartsFragment } from "@/generated/graphql";
import { apiRequest } from "@/lib/api";
import { toPartialDateFields } from "@/features/editing/partial-date-value";
import type { ArticleRecord } from "./article-form-schema";

function toRecord(a: ArticleEditPartsFragment): ArticleRecord {
  return {
    id: a.id,
    version: a.version,
    values: {
      title: a.title,
      outlet: a.outlet ? { id: a.outlet.id, label: a.outlet.name } : null,
      author: a.author ?? "",
      url: a.url ?? "",
      language: a.language,
      published: toPartialDateFields(a.published),
    },
  };
}

export async function loadArticleRecordBySlug(slug: string): Promise<ArticleRecord | null> {
  const article = (await apiRequest(ArticleEditDocument, { slug })).article;
  return article ? toRecord(article) : null;
}

export async function loadArticleRecord(id: string): Promise<ArticleRecord | null> {
  const node = (await apiRequest(ArticleEditByIdDocument, { id })).node;
  return node?.__typename === "Article" ? toRecord(node) : null;
}
