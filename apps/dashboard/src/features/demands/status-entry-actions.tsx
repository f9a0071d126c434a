"use client";
// Correct or remove one entry of a demand's status history. The last entry cannot be removed (the API
// refuses it): it is corrected instead.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/features/editing/confirm-dialog";
import { removeDemandStatus } from "./actions";
import { StatusChangeDialog } from "./status-change-dialog";
import type { StatusChangeValues } from "./status-change-schema";

interface StatusEntryActionsProps {
  demandId: string;
  version: number;
  currentStatus: StatusChangeValues["status"];
  entry: { id: string; values: StatusChangeValues };
  /** Words for the entry in the confirmation ("Met, 3 March 2026"). */
  entryText: string;
  onlyEntry: boolean;
}

export function StatusEntryActions({ demandId, version, currentStatus, entry, entryText, onlyEntry }: StatusEntryActionsProps) {
  const t = useTranslations("talks");
  const router = useRouter();
  return (
    <div className="flex flex-wrap gap-2">
      <StatusChangeDialog
        demandId={demandId}
        version={version}
        currentStatus={currentStatus}
        entry={entry}
        trigger={
          <Button type="button" size="sm" variant="ghost">
            {t("status.correct")}
            <span className="sr-only">: {entryText}</span>
          </Button>
        }
      />
      {onlyEntry ? null : (
        <ConfirmDialog
          trigger={
            <Button type="button" size="sm" variant="ghost" className="text-destructive">
              {t("status.remove")}
              <span className="sr-only">: {entryText}</span>
            </Button>
          }
          title={t("status.removeTitle")}
          description={
            <>
              <p>{t("status.removeBody", { entry: entryText })}</p>
              <p>{t("status.confirmRule")}</p>
            </>
          }
          confirmLabel={t("status.remove")}
          destructive
          onConfirm={async () => {
            const result = await removeDemandStatus(entry.id, version);
            if (!result.ok) return result.message;
            toast.success(t("status.removed"));
            router.refresh();
            return null;
          }}
        />
      )}
    </div>
  );
}
