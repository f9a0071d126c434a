import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuditList } from "@/features/audit/audit-list";
import { renderWithApi } from "@/lib/api";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("audit"))("title") };
}

export default async function AuditListPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  return renderWithApi(() => AuditList({ searchParams: params }));
}
