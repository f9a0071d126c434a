import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OutletList } from "@/features/outlets/outlet-list";
import { renderWithApi } from "@/lib/api";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("outlets"))("title") };
}

export default async function OutletListPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  return renderWithApi(() => OutletList({ searchParams: params }));
}
