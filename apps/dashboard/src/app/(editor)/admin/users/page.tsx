import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { renderForAdmins } from "@/features/admin/admin-only";
import { UserList } from "@/features/admin/user-list";
import { renderWithApi } from "@/lib/api";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("usersTitle") };
}

export default async function Page() {
  return renderWithApi(() => renderForAdmins(() => UserList()));
}
