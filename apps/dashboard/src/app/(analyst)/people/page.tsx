import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PersonList } from "@/features/people/person-list";
import { renderWithApi } from "@/lib/api";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("people"))("title") };
}

export default async function PersonListPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  return renderWithApi(() => PersonList({ searchParams: params }));
}
