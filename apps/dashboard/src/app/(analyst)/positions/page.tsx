import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PositionList } from "@/features/positions/position-list";
import { renderWithApi } from "@/lib/api";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("positions"))("title") };
}

export default async function PositionsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  return renderWithApi(() => PositionList({ searchParams: params }));
}
