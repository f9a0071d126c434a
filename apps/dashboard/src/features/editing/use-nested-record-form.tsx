"use client";
// What every record form (rounds, demands, proposals) shares around its fields: the draft that survives a
// reload, the leave-page guard, the save through a server action, API errors placed on the field they
// name, and — when a colleague saved first — the field-by-field conflict view with a choice per field.
import { useEffect, useRef, useState, useTransition, type ReactNode } from "react";
import { useWatch, type FieldErrors, type FieldValues, type Path, type UseFormReturn } from "react-hook-form";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import type { ActionFailure, ActionResult } from "./action-result";
import { formFieldOf } from "./action-result";
import { ConflictView, type ConflictSide } from "./conflict-view";
import { clearDraft, draftKey, readDraft, writeDraft } from "./form-draft";
import { useUnsavedChanges } from "./use-unsaved-changes";

/** A record as a form edits it: null id for one not created yet. */
export interface FormRecord<V> {
  id: string | null;
  version: number;
  values: V;
}

export type SaveOutcome<V> = ActionResult<{ href: string }> | (ActionFailure & { code: "CONFLICT"; current: FormRecord<V> });

interface RecordFormOptions<V extends FieldValues, F extends Path<V> & keyof V & string> {
  form: UseFormReturn<V>;
  record: FormRecord<V>;
  /** The draft's key: the record's id, or e.g. "new-demand" before it exists. */
  draftId: string;
  draftSchema: z.ZodType<V>;
  fields: readonly F[];
  save: (values: V, version: number) => Promise<SaveOutcome<V>>;
  /** A field's value as words, for the conflict view. */
  describe: (values: V, field: F) => string;
  label: (field: F) => string;
  /** Where focus goes for a field with an error (a date's year box, say). */
  focusTarget?: (field: F) => Path<V>;
  /** An API error's whole path ("input.versions.0.label") as a form path, for forms with nested lists. */
  nestedField?: (apiField: string) => Path<V> | undefined;
  /** The submit button's words (default "Save changes"; a new record's form says what it creates). */
  submitLabel?: string;
}

/** Relations compare by id, not by the label they were shown with. */
function comparable(value: unknown): string {
  return JSON.stringify(value, (key, v: unknown) => (key === "label" || key === "detail" || key === "proposition" ? undefined : v)) ?? "";
}

export function useRecordForm<V extends FieldValues, F extends Path<V> & keyof V & string>(options: RecordFormOptions<V, F>) {
  const { form, record, draftId, draftSchema, fields, save, describe, label, focusTarget, submitLabel, nestedField } = options;
  const t = useTranslations("editing");
  const router = useRouter();
  const [base, setBase] = useState<FormRecord<V>>(record);
  const [conflict, setConflict] = useState<{ theirs: FormRecord<V>; mine: V; choices: Record<F, ConflictSide> } | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [restored, setRestored] = useState(false);
  const [saving, startSaving] = useTransition();
  // Set once React runs: a submit before that would be the browser's own.
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  const conflictRef = useRef<HTMLDivElement>(null);
  const key = draftKey(draftId, base.version);
  const values = useWatch({ control: form.control });
  const dirty = form.formState.isDirty;

  useEffect(() => {
    const draft = readDraft(draftKey(draftId, record.version), draftSchema);
    if (draft) {
      form.reset(draft, { keepDefaultValues: true });
      setRestored(true);
    }
  }, [form, draftId, record.version, draftSchema]);

  useEffect(() => {
    if (dirty) writeDraft(key, values);
  }, [dirty, key, values]);

  useUnsavedChanges(dirty || conflict !== null, t("leaveQuestion"));

  const same = (a: V, b: V, f: F) => comparable(a[f]) === comparable(b[f]);

  const run = (toSave: V, version: number) =>
    startSaving(async () => {
      setFormError(null);
      const result = await save(toSave, version);
      if (result.ok) {
        clearDraft(draftKey(draftId, version));
        clearDraft(key);
        form.reset(toSave);
        setConflict(null);
        toast.success(t("saved"));
        router.push(result.value.href);
        router.refresh();
        return;
      }
      if ("current" in result) {
        const choices = Object.fromEntries(fields.map((f) => [f, same(base.values, toSave, f) ? "theirs" : "mine"])) as Record<F, ConflictSide>;
        setConflict({ theirs: result.current, mine: toSave, choices });
        requestAnimationFrame(() => conflictRef.current?.querySelector<HTMLElement>("h2")?.focus());
        return;
      }
      const nested = result.field && nestedField ? nestedField(result.field) : undefined;
      if (nested) {
        form.setError(nested, { type: "server", message: result.message }, { shouldFocus: true });
        return;
      }
      const field = formFieldOf(result.field, fields);
      if (field) form.setError(field, { type: "server", message: result.message }, { shouldFocus: true });
      else setFormError(result.message);
      if (field && focusTarget) form.setFocus(focusTarget(field));
    });

  const onSubmit = form.handleSubmit(
    (v) => run(v, base.version),
    (errors: FieldErrors<V>) => {
      const first = fields.find((f) => errors[f]);
      if (first) form.setFocus(focusTarget ? focusTarget(first) : first);
    },
  );

  const resolve = (andSave: boolean) => {
    if (!conflict) return;
    const merged: V = { ...conflict.theirs.values };
    for (const f of fields) if (conflict.choices[f] === "mine") merged[f] = conflict.mine[f];
    clearDraft(key);
    setBase(conflict.theirs);
    form.reset(conflict.theirs.values);
    form.reset(merged, { keepDefaultValues: true });
    if (andSave) run(merged, conflict.theirs.version);
    else setConflict(null);
  };

  const discard = () => {
    clearDraft(key);
    clearDraft(draftKey(draftId, record.version));
    form.reset(base.values);
    setRestored(false);
  };

  const conflictView: ReactNode = conflict ? (
    <div ref={conflictRef}>
      <ConflictView
        rows={fields
          .filter((f) => !same(conflict.mine, conflict.theirs.values, f))
          .map((f) => ({ field: f, label: label(f), mine: describe(conflict.mine, f), theirs: describe(conflict.theirs.values, f) }))}
        theirVersion={conflict.theirs.version}
        choices={conflict.choices}
        onChoose={(field, side) => setConflict({ ...conflict, choices: { ...conflict.choices, [field]: side } })}
        onSave={() => resolve(true)}
        onReview={() => resolve(false)}
        saving={saving}
      />
    </div>
  ) : null;

  const notices: ReactNode = (
    <>
      {restored && dirty ? (
        <div role="status" className="flex flex-wrap items-center justify-between gap-2 rounded-md border bg-muted/50 px-3 py-2 text-sm">
          <span>{t("draftRestored")}</span>
          <Button type="button" variant="outline" size="sm" onClick={discard}>
            {t("discard")}
          </Button>
        </div>
      ) : null}
    </>
  );

  const formErrorNode: ReactNode = formError ? (
    <p role="alert" className="rounded-md border border-destructive/50 bg-destructive/10 px-3 py-2 text-sm">
      {formError}
    </p>
  ) : null;

  const actions: ReactNode = (
    <div className="flex flex-wrap items-center gap-2 border-t pt-4">
      <Button type="submit" disabled={saving || !ready}>
        {saving ? t("working") : (submitLabel ?? t("save"))}
      </Button>
      <Button type="button" variant="outline" onClick={discard} disabled={!dirty}>
        {t("discard")}
      </Button>
      <span className="text-sm text-muted-foreground" aria-live="polite">
        {dirty ? t("unsaved") : t("noChanges")}
      </span>
    </div>
  );

  /** An error message key (namespace "editing") or the API's worded message, ready to show. */
  const message = (m: string | undefined) => (m === undefined ? undefined : t.has(`errors.${m}`) ? t(`errors.${m}`) : m);

  return { onSubmit, conflictView, notices, formErrorNode, actions, message, ready, hidden: conflict !== null, values };
}
