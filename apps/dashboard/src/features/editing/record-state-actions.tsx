"use client";
// Edit, publish/unpublish and delete for any catalog record, each state change confirmed with what
// else it touches. Deleting leads to the record's history, where it can be restored.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Pencil } from "lucide-react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import type { RecordStateChange } from "@/generated/enums";
import { changeRecordState } from "./actions";
import { ConfirmDialog } from "./confirm-dialog";

export const RECORD_KINDS = ["party", "person", "topic", "outlet", "process", "delegation", "article", "quote"] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

interface RecordStateActionsProps {
  id: string;
  version: number;
  status: "DRAFT" | "PUBLISHED";
  kind: RecordKind;
  editHref: string;
  /** The record's own page: where a restore from its history comes back to. */
  recordHref: string;
  /** Worded lines: the records linked to this one ("12 positions"). */
  affected: string[];
}

export function RecordStateActions({ id, version, status, kind, editHref, recordHref, affected }: RecordStateActionsProps) {
  const t = useTranslations("editing");
  const tRecords = useTranslations("records");
  const router = useRouter();
  const change = async (what: RecordStateChange): Promise<string | null> => {
    const result = await changeRecordState(id, version, what);
    if (!result.ok) return result.message;
    toast.success(t(`state.done.${what}`));
    if (what === "DELETE") router.push(`/history/${encodeURIComponent(id)}?back=${encodeURIComponent(recordHref)}`);
    router.refresh();
    return null;
  };
  const publishing = status === "DRAFT";
  const linked =
    affected.length > 0 ? (
      <div className="text-foreground">
        <p className="font-medium">{tRecords("linked")}</p>
        <ul className="list-disc pl-5" data-testid="affected">
          {affected.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </div>
    ) : (
      <p>{tRecords("nothingLinked")}</p>
    );
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
        title={tRecords(publishing ? "confirm.PUBLISH.title" : "confirm.UNPUBLISH.title", { kind })}
        description={
          <>
            <p>{tRecords(publishing ? "confirm.PUBLISH.body" : "confirm.UNPUBLISH.body")}</p>
            {linked}
          </>
        }
        confirmLabel={publishing ? t("state.PUBLISH") : t("state.UNPUBLISH")}
        onConfirm={() => change(publishing ? "PUBLISH" : "UNPUBLISH")}
      />
      <ConfirmDialog
        trigger={
          <Button size="sm" variant="outline" className="text-destructive">
            {t("state.DELETE")}
          </Button>
        }
        title={tRecords("confirm.DELETE.title", { kind })}
        description={
          <>
            <p>{tRecords("confirm.DELETE.body")}</p>
            {linked}
          </>
        }
        confirmLabel={t("state.DELETE")}
        destructive
        onConfirm={() => change("DELETE")}
      />
    </div>
  );
}
