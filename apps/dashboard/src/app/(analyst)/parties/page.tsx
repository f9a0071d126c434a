import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PartyList } from "@/features/parties/party-list";
import { renderWithApi } from "@/lib/api";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("parties"))("title") };
}

export default async function PartiesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  return renderWithApi(() => PartyList({ searchParams: params }));
}
