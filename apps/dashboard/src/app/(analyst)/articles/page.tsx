import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ArticleList } from "@/features/articles/article-list";
import { renderWithApi } from "@/lib/api";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("articles"))("title") };
}

export default async function ArticleListPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  return renderWithApi(() => ArticleList({ searchParams: params }));
}
