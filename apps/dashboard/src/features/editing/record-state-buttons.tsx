"use client";
// Edit, publish/unpublish and delete for any record the generic changeState mutation covers, each
// state change confirmed with what else it affects (worded by the record's page). Deleting leads to the
// record's history, where it can be restored.
import Link from "next/link";
import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Pencil } from "lucide-react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import type { RecordStateChange } from "@/generated/enums";
import { changeRecordState } from "./actions";
import { ConfirmDialog } from "./confirm-dialog";

interface RecordStateButtonsProps {
  id: string;
  version: number;
  status: "DRAFT" | "PUBLISHED";
  editHref: string;
  /** Where a deleted record can be restored (its history). */
  historyHref: string;
  /** Each change's question and what else it affects, in words. */
  confirm: Record<"publish" | "unpublish" | "delete", { title: string; body: ReactNode }>;
}

export function RecordStateButtons({ id, version, status, editHref, historyHref, confirm }: RecordStateButtonsProps) {
  const t = useTranslations("editing");
  const router = useRouter();
  const change = async (what: RecordStateChange): Promise<string | null> => {
    const result = await changeRecordState(id, version, what);
    if (!result.ok) return result.message;
    toast.success(t(`state.done.${what}`));
    if (what === "DELETE") router.push(historyHref);
    router.refresh();
    return null;
  };
  const publishing = status === "DRAFT";
  return (
    <div className="flex flex-wrap gap-2" data-testid="record-actions">
      <Button asChild size="sm">
        <Link href={editHref}>
          <Pencil aria-hidden />
          {t("edit")}
        </Link>
      </Button>
      <ConfirmDialog
        trigger={
          <Button size="sm" variant="outline">
            {publishing ? t("state.PUBLISH") : t("state.UNPUBLISH")}
          </Button>
        }
        title={publishing ? confirm.publish.title : confirm.unpublish.title}
        description={publishing ? confirm.publish.body : confirm.unpublish.body}
        confirmLabel={publishing ? t("state.PUBLISH") : t("state.UNPUBLISH")}
        onConfirm={() => change(publishing ? "PUBLISH" : "UNPUBLISH")}
      />
      <ConfirmDialog
        trigger={
          <Button size="sm" variant="outline" className="text-destructive">
            {t("state.DELETE")}
          </Button>
        }
        title={confirm.delete.title}
        description={confirm.delete.body}
        confirmLabel={t("state.DELETE")}
        destructive
        onConfirm={() => change("DELETE")}
      />
    </div>
  );
}
