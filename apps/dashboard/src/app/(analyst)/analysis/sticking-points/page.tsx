import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { StickingPointsView } from "@/features/sticking-points/sticking-points-view";
import { renderWithApi } from "@/lib/api";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("stickingPoints"))("title") };
}

export default async function Page({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  return renderWithApi(() => StickingPointsView({ searchParams: params }));
}
