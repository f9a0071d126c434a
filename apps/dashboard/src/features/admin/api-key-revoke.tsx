"use client";
// Revoke one API key, asked first: partners using it are refused from the next request on.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/features/editing/confirm-dialog";
import { revokeApiKey } from "./actions";

export function ApiKeyRevoke({ id, name }: { id: string; name: string }) {
  const t = useTranslations("admin");
  const router = useRouter();
  return (
    <ConfirmDialog
      trigger={
        <Button variant="outline" size="sm" aria-label={t("revokeOf", { name })}>
          {t("revoke")}
        </Button>
      }
      title={t("revokeTitle", { name })}
      description={<p>{t("revokeBody")}</p>}
      confirmLabel={t("revoke")}
      destructive
      onConfirm={async () => {
        const result = await revokeApiKey(id);
        if (!result.ok) return result.message;
        toast.success(t("revoked", { name }));
        router.refresh();
        return null;
      }}
    />
  );
}
