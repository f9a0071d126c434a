import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { EditorialStatus } from "@/generated/enums";

/** Marks drafts (only staff ever see them); published records carry no badge in lists. */
export async function DraftBadge({ status }: { status: EditorialStatus }) {
  if (status !== "DRAFT") return null;
  const t = await getTranslations("enums");
  return (
    <Badge variant="draft" data-testid="draft-badge">
      {t("EditorialStatus.DRAFT")}
    </Badge>
  );
}
