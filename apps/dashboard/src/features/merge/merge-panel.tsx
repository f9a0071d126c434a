"use client";
// Merge a duplicate into this record: pick the duplicate, see what would move (counts per kind, from the
// API's preview), then confirm. The duplicate is soft-deleted; its spellings become this record's aliases.
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { ConfirmDialog } from "@/features/editing/confirm-dialog";
import type { PickOption } from "@/features/editing/pick-option";
import { RecordPicker } from "@/features/editing/record-picker";
import { mergeRecords, previewMerge, type MergeKind, type MergePreview } from "./actions";

export function MergePanel({ kind, keep }: { kind: MergeKind; keep: { id: string; name: string } }) {
  const t = useTranslations("merge");
  const router = useRouter();
  const [duplicate, setDuplicate] = useState<PickOption | null>(null);
  const [preview, setPreview] = useState<MergePreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, startLoading] = useTransition();

  const choose = (option: PickOption | null) => {
    setDuplicate(option);
    setPreview(null);
    setError(null);
    if (!option) return;
    if (option.id === keep.id) {
      setError(t("self"));
      return;
    }
    startLoading(async () => {
      const result = await previewMerge(kind, keep.id, option.id);
      if (result.ok) setPreview(result.value);
      else setError(result.message);
    });
  };

  const pickerId = `merge-${kind}`;
  return (
    <div className="space-y-3" data-testid="merge-panel">
      <p className="text-sm text-muted-foreground">{t(`intro.${kind}`, { name: keep.name })}</p>
      <div className="max-w-md space-y-2">
        <Label htmlFor={pickerId}>{t(`duplicate.${kind}`)}</Label>
        <RecordPicker
          id={pickerId}
          kind={kind}
          value={duplicate}
          onChange={choose}
          clearable
          describedBy={error ? `${pickerId}-error` : undefined}
          invalid={error !== null}
        />
      </div>
      {error ? (
        <p id={`${pickerId}-error`} role="alert" className="text-sm text-destructive">
          {error}
        </p>
      ) : null}
      {loading ? <p className="text-sm text-muted-foreground">{t("previewing")}</p> : null}
      {duplicate && preview ? (
        <div className="space-y-3 rounded-md border bg-muted/40 p-3" data-testid="merge-preview">
          <p className="text-sm font-medium">{t("moves", { duplicate: duplicate.label, name: keep.name })}</p>
          {preview.moves.length === 0 ? (
            <p className="text-sm text-muted-foreground">{t("nothingMoves")}</p>
          ) : (
            <ul className="grid gap-1 text-sm">
              {preview.moves.map((m) => (
                <li key={m.kind} className="flex justify-between gap-4 tabular-nums">
                  <span>{t(`kind.${m.kind}`)}</span>
                  <span>{m.count}</span>
                </li>
              ))}
            </ul>
          )}
          <ConfirmDialog
            trigger={<Button variant="destructive">{t("merge")}</Button>}
            title={t("confirmTitle", { duplicate: duplicate.label, name: keep.name })}
            description={
              <>
                <p>{t("confirmBody", { duplicate: duplicate.label, name: keep.name })}</p>
                <ul className="list-disc pl-5">
                  {preview.moves.map((m) => (
                    <li key={m.kind}>
                      {t(`kind.${m.kind}`)}: {m.count}
                    </li>
                  ))}
                </ul>
              </>
            }
            confirmLabel={t("merge")}
            destructive
            onConfirm={async () => {
              const result = await mergeRecords(kind, keep.id, duplicate.id, preview);
              if (!result.ok) return result.message;
              toast.success(t("merged", { duplicate: duplicate.label, name: keep.name }));
              setDuplicate(null);
              setPreview(null);
              router.refresh();
              return null;
            }}
          />
        </div>
      ) : null}
    </div>
  );
}
