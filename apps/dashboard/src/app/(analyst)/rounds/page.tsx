import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RoundList } from "@/features/rounds/round-list";
import { renderWithApi } from "@/lib/api";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("rounds"))("title") };
}

export default async function RoundListPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  return renderWithApi(() => RoundList({ searchParams: params }));
}
