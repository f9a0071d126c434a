// Editing pages: analysts (staff who may read drafts and history) are told they may not edit; the API
// would refuse their writes anyway.
import "server-only";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { canEdit, getSignedInUser } from "@/lib/api";

export async function renderForEditors(render: () => Promise<ReactNode>): Promise<ReactNode> {
  if (canEdit(await getSignedInUser())) return render();
  const t = await getTranslations("editing");
  return (
    <div className="mx-auto max-w-xl space-y-2 py-12 text-center" data-testid="editor-only">
      <h1 className="text-2xl font-semibold">{t("editorsOnlyTitle")}</h1>
      <p className="text-muted-foreground">{t("editorsOnlyBody")}</p>
    </div>
  );
}
