"use client";
// The frame every record form shares: the conflict view, the "draft restored" notice, a refusal that
// names no field, the fields themselves, and Save / Discard / Cancel. Enter in a field submits.
import Link from "next/link";
import type { ReactNode } from "react";
import type { FieldValues } from "react-hook-form";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { ConflictView, type ConflictRow } from "./conflict-view";
import { differingFields, type RecordFormState, type TopField } from "./use-record-form";

interface RecordFormShellProps<V extends FieldValues, F extends TopField<V>> {
  state: RecordFormState<V, F>;
  /** The form's accessible name ("Edit party"). */
  label: string;
  fieldLabel: (field: F) => string;
  /** A field's value in words, for the conflict view. */
  describe: (values: V, field: F) => string;
  /** Where Cancel leads; no Cancel without it. */
  cancelHref?: string;
  /** The submit button's words (default "Save changes"; a new record's form may say what it creates). */
  submitLabel?: string;
  children: ReactNode;
}

export function RecordFormShell<V extends FieldValues, F extends TopField<V>>({
  state,
  label,
  fieldLabel,
  describe,
  cancelHref,
  submitLabel,
  children,
}: RecordFormShellProps<V, F>) {
  const t = useTranslations("editing");
  const { conflict, dirty, restored, saving, ready, formError } = state;
  const rows: ConflictRow<F>[] = conflict
    ? differingFields(state.fields, conflict.mine, conflict.theirs.values, state.sameValue).map((f) => ({
        field: f,
        label: fieldLabel(f),
        mine: describe(conflict.mine, f),
        theirs: describe(conflict.theirs.values, f),
      }))
    : [];
  return (
    <div className="space-y-6">
      {conflict ? (
        <ConflictView
          rows={rows}
          theirVersion={conflict.theirs.version}
          choices={conflict.choices}
          onChoose={state.choose}
          onSave={() => state.resolve(true)}
          onReview={() => state.resolve(false)}
          saving={saving}
        />
      ) : null}
      {restored && dirty ? (
        <div role="status" className="flex flex-wrap items-center justify-between gap-2 rounded-md border bg-muted/50 px-3 py-2 text-sm">
          <span>{t("draftRestored")}</span>
          <Button type="button" variant="outline" size="sm" onClick={state.discard}>
            {t("discard")}
          </Button>
        </div>
      ) : null}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          state.onSubmit();
        }}
        noValidate
        className="space-y-6"
        aria-label={label}
        hidden={conflict !== null}
        data-ready={ready || undefined}
      >
        {formError ? (
          <p role="alert" className="rounded-md border border-destructive/50 bg-destructive/10 px-3 py-2 text-sm">
            {formError}
          </p>
        ) : null}
        {children}
        <div className="flex flex-wrap items-center gap-2 border-t pt-4">
          <Button type="submit" disabled={saving || !ready}>
            {saving ? t("working") : (submitLabel ?? t("save"))}
          </Button>
          <Button type="button" variant="outline" onClick={state.discard} disabled={!dirty}>
            {t("discard")}
          </Button>
          {cancelHref ? (
            <Button asChild variant="ghost">
              <Link href={cancelHref}>{t("cancel")}</Link>
            </Button>
          ) : null}
          <span className="text-sm text-muted-foreground" aria-live="polite">
            {dirty ? t("unsaved") : t("noChanges")}
          </span>
        </div>
      </form>
    </div>
  );
}
