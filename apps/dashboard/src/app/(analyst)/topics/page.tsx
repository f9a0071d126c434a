import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { TopicList } from "@/features/topics/topic-list";
import { renderWithApi } from "@/lib/api";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("topics"))("title") };
}

export default async function TopicListPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  return renderWithApi(() => TopicList({ searchParams: params }));
}
