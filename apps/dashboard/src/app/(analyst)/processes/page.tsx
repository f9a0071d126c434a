import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ProcessList } from "@/features/processes/process-list";
import { renderWithApi } from "@/lib/api";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("processes"))("title") };
}

export default async function ProcessListPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  return renderWithApi(() => ProcessList({ searchParams: params }));
}
