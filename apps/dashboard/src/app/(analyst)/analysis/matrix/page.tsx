import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ComparisonView } from "@/features/comparison/comparison-view";
import { renderWithApi } from "@/lib/api";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("comparison"))("title") };
}

export default async function Page({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  return renderWithApi(() => ComparisonView({ searchParams: params }));
}
