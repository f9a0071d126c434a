// Administration pages: only administrators see them; editors and analysts are told plainly, and the
// API refuses their calls anyway.
import "server-only";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { getSignedInUser, isAdmin } from "@/lib/api";

export async function renderForAdmins(render: () => Promise<ReactNode>): Promise<ReactNode> {
  if (isAdmin(await getSignedInUser())) return render();
  const t = await getTranslations("admin");
  return (
    <div className="mx-auto max-w-xl space-y-2 py-12 text-center" data-testid="admin-only">
      <h1 className="text-2xl font-semibold">{t("adminsOnlyTitle")}</h1>
      <p className="text-muted-foreground">{t("adminsOnlyBody")}</p>
    </div>
  );
}
