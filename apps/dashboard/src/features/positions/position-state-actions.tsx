"use client";
// Edit, publish/unpublish and delete (the history link is in the record's meta line) for one position, each state change confirmed with what
// else it affects. Deleting leads to the history, where the position can be restored.
import Link from "next/link";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Pencil } from "lucide-react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import type { StateChange } from "@/generated/enums";
import { ConfirmDialog } from "@/features/editing/confirm-dialog";
import { changePositionState, publishPositionWithQuotes } from "./actions";
import { positionHref } from "./position-href";

interface PositionStateActionsProps {
  id: string;
  version: number;
  status: "DRAFT" | "PUBLISHED";
  quoteCount: number;
  draftQuoteIds: string[];
}

export function PositionStateActions({ id, version, status, quoteCount, draftQuoteIds }: PositionStateActionsProps) {
  const t = useTranslations("editing");
  const router = useRouter();
  const href = positionHref(id);
  const [withQuotes, setWithQuotes] = useState(true);
  const change = async (what: StateChange): Promise<string | null> => {
    const result =
      what === "PUBLISH" && withQuotes && draftQuoteIds.length > 0
        ? await publishPositionWithQuotes(id, version, draftQuoteIds)
        : await changePositionState(id, version, what);
    if (!result.ok) return result.message;
    toast.success(t(`state.done.${what}`));
    if (what === "DELETE") router.push(`${href}/history`);
    router.refresh();
    return null;
  };
  const publishing = status === "DRAFT";
  return (
    <div className="flex flex-wrap gap-2" data-testid="record-actions">
      <Button asChild size="sm">
        <Link href={`${href}/edit`}>
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
        title={publishing ? t("state.confirm.PUBLISH.title") : t("state.confirm.UNPUBLISH.title")}
        description={
          <>
            <p>{publishing ? t("state.confirm.PUBLISH.body") : t("state.confirm.UNPUBLISH.body")}</p>
            {publishing && draftQuoteIds.length > 0 ? (
              <>
                <p className="font-medium text-foreground">{t("state.confirm.PUBLISH.draftQuotes", { count: draftQuoteIds.length })}</p>
                <label className="flex items-center gap-2 text-foreground">
                  <input type="checkbox" checked={withQuotes} onChange={(e) => setWithQuotes(e.target.checked)} className="accent-primary" />
                  {t("state.confirm.PUBLISH.withQuotes", { count: draftQuoteIds.length })}
                </label>
              </>
            ) : null}
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
        title={t("state.confirm.DELETE.title")}
        description={
          <>
            <p>{t("state.confirm.DELETE.body")}</p>
            <p>{t("state.confirm.DELETE.quotes", { count: quoteCount })}</p>
          </>
        }
        confirmLabel={t("state.DELETE")}
        destructive
        onConfirm={() => change("DELETE")}
      />
    </div>
  );
}
