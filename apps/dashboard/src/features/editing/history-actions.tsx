"use client";
// "Revert to this version" and "Restore" in a history panel, confirmed first; the server actions come
// bound to the record and its current version, so a colleague's newer change makes them CONFLICT.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "./action-result";
import { ConfirmDialog } from "./confirm-dialog";

type VersionAction = () => Promise<ActionResult<{ version: number }>>;

export function RevertButton({ action, toVersion, afterHref }: { action: VersionAction; toVersion: number; afterHref?: string }) {
  const t = useTranslations("editing");
  const router = useRouter();
  return (
    <ConfirmDialog
      trigger={
        <Button size="sm" variant="outline">
          {t("history.revert", { version: toVersion })}
        </Button>
      }
      title={t("history.revertTitle", { version: toVersion })}
      description={<p>{t("history.revertBody", { version: toVersion })}</p>}
      confirmLabel={t("history.revertConfirm")}
      onConfirm={async () => {
        const result = await action();
        if (!result.ok) return result.message;
        toast.success(t("history.reverted", { version: toVersion }));
        if (afterHref) router.push(afterHref);
        router.refresh();
        return null;
      }}
    />
  );
}

export function RestoreButton({ action, afterHref }: { action: VersionAction; afterHref: string }) {
  const t = useTranslations("editing");
  const router = useRouter();
  return (
    <ConfirmDialog
      trigger={<Button size="sm">{t("state.RESTORE")}</Button>}
      title={t("state.confirm.RESTORE.title")}
      description={<p>{t("state.confirm.RESTORE.body")}</p>}
      confirmLabel={t("state.RESTORE")}
      onConfirm={async () => {
        const result = await action();
        if (!result.ok) return result.message;
        toast.success(t("state.done.RESTORE"));
        router.push(afterHref);
        router.refresh();
        return null;
      }}
    />
  );
}
