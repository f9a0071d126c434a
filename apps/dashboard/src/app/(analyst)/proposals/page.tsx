import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ProposalList } from "@/features/proposals/proposal-list";
import { renderWithApi } from "@/lib/api";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("proposals"))("title") };
}

export default async function ProposalListPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  return renderWithApi(() => ProposalList({ searchParams: params }));
}
