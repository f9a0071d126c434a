import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DemandList } from "@/features/demands/demand-list";
import { renderWithApi } from "@/lib/api";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("demands"))("title") };
}

export default async function DemandListPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  return renderWithApi(() => DemandList({ searchParams: params }));
}
