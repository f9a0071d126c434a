import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EvidenceList } from "@/features/evidence/evidence-list";
import { renderWithApi } from "@/lib/api";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("evidence"))("title") };
}

export default async function EvidenceListPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  return renderWithApi(() => EvidenceList({ searchParams: params }));
}
