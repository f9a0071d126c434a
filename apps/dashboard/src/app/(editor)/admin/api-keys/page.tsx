import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { renderForAdmins } from "@/features/admin/admin-only";
import { ApiKeyList } from "@/features/admin/api-key-list";
import { renderWithApi } from "@/lib/api";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("apiKeysTitle") };
}

export default async function Page() {
  return renderWithApi(() => renderForAdmins(() => ApiKeyList()));
}
