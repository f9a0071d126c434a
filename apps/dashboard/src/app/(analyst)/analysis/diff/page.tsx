import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DiffView } from "@/features/diff/diff-view";
import { renderWithApi } from "@/lib/api";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("diff"))("title") };
}

export default async function Page({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  return renderWithApi(() => DiffView({ searchParams: params }));
}
