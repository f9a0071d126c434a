"use client";
// Edit, history, publish/unpublish and delete for one position, each state change confirmed with what
// else it affects. Deleting leads to the history, where the position can be restored.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { History, Pencil } from "lucide-react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import type { StateChange } from "@/generated/enums";
import { ConfirmDialog } from "@/features/editing/confirm-dialog";
import { changePositionState } from "./actions";
import { positionHref } from "./position-href";

interface PositionStateActionsProps {
  id: string;
  version: number;
  status: "DRAFT" | "PUBLISHED";
  quoteCount: number;
  draftQuoteCount: number;
}

export function PositionStateActions({ id, version, status, quoteCount, draftQuoteCount }: PositionStateActionsProps) {
  const t = useTranslations("editing");
  const router = useRouter();
  const href = positionHref(id);
  const change = async (what: StateChange): Promise<string | null> => {
    const result = await changePositionState(id, version, what);
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
      <Button asChild size="sm" variant="outline">
        <Link href={`${href}/history`}>
          <History aria-hidden />
          {t("history.open")}
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
            {publishing && draftQuoteCount > 0 ? <p className="font-medium text-foreground">{t("state.confirm.PUBLISH.draftQuotes", { count: draftQuoteCount })}</p> : null}
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
