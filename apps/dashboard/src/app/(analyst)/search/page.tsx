import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SearchPage } from "@/features/search/search-page";
import { renderWithApi } from "@/lib/api";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("search"))("pageTitle") };
}

export default async function Search({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const q = (await searchParams).q;
  return renderWithApi(() => SearchPage({ query: typeof q === "string" ? q : "" }));
}
