"use client";
// The behaviour every catalog form shares: a draft that survives a reload (per record and version, or
// per kind for a new record), the leave-page guard, saving through a server action, the API's field
// errors on their fields, and the field-by-field conflict view when a colleague saved first.
import { useEffect, useState, useTransition } from "react";
import { useForm, useWatch, type DefaultValues, type FieldValues, type Path, type Resolver, type UseFormReturn } from "react-hook-form";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import type { z } from "zod";
import { formFieldOf } from "./action-result";
import type { ConflictSide } from "./conflict-view";
import { clearDraft, draftKey, readDraft, writeDraft } from "./form-draft";
import type { FormRecord, SaveRecordResult } from "./record-save";
import { useUnsavedChanges } from "./use-unsaved-changes";

export interface RecordConflict<V> {
  theirs: FormRecord<V>;
  mine: V;
  choices: Record<string, ConflictSide>;
}

/** A top-level field of a form's values (what an API error or a conflict names). */
export type TopField<V extends FieldValues> = Path<V> & keyof V & string;

interface UseRecordFormOptions<V extends FieldValues, F extends TopField<V>> {
  /** What a draft is stored under: the record's id, or e.g. "new-party" for a new one. */
  draftId: string;
  record: FormRecord<V>;
  /** The record's values as react-hook-form's defaults (the same object, in its deep-partial type). */
  defaults: DefaultValues<V>;
  resolver: Resolver<V>;
  /** A stored draft's shape (it may not be valid yet). */
  draftSchema: z.ZodType<V>;
  /** The form's fields, in order: the ones an API error or a conflict can name. */
  fields: readonly F[];
  save: (values: V, version: number) => Promise<SaveRecordResult<V>>;
}

export interface RecordFormState<V extends FieldValues, F extends TopField<V>> {
  form: UseFormReturn<V>;
  fields: readonly F[];
  base: FormRecord<V>;
  conflict: RecordConflict<V> | null;
  setConflict: (conflict: RecordConflict<V> | null) => void;
  formError: string | null;
  restored: boolean;
  saving: boolean;
  ready: boolean;
  dirty: boolean;
  onSubmit: () => void;
  discard: () => void;
  /** After a conflict: take the chosen sides, then save (or keep editing). */
  resolve: (andSave: boolean) => void;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The fields on which two sets of values differ. */
export function differingFields<V extends FieldValues, F extends TopField<V>>(fields: readonly F[], mine: V, theirs: V): F[] {
  return fields.filter((f) => !same(mine[f], theirs[f]));
}

export function useRecordForm<V extends FieldValues, F extends TopField<V>>({
  draftId,
  record,
  defaults,
  resolver,
  draftSchema,
  fields,
  save,
}: UseRecordFormOptions<V, F>): RecordFormState<V, F> {
  const t = useTranslations("editing");
  const router = useRouter();
  const [base, setBase] = useState<FormRecord<V>>(record);
  const [conflict, setConflict] = useState<RecordConflict<V> | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [restored, setRestored] = useState(false);
  const [saving, startSaving] = useTransition();
  // Set once React runs here: a submit before that would be the browser's own (a GET of the page).
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  const key = draftKey(draftId, base.version);
  const form = useForm<V>({ resolver, defaultValues: defaults });
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
        const choices: Record<string, ConflictSide> = {};
        for (const f of fields) choices[f] = same(base.values[f], toSave[f]) ? "theirs" : "mine";
        setConflict({ theirs: result.current, mine: toSave, choices });
        requestAnimationFrame(() => document.getElementById("conflict-title")?.focus());
        return;
      }
      const field = formFieldOf(result.field, fields);
      if (field) form.setError(field, { type: "server", message: result.message }, { shouldFocus: true });
      else setFormError(result.message);
    });

  const onSubmit = form.handleSubmit(
    (v) => run(v, base.version),
    (errors) => {
      const first = fields.find((f) => f in errors);
      if (first) form.setFocus(first);
    },
  );

  const resolve = (andSave: boolean) => {
    if (!conflict) return;
    const chosen: V = { ...conflict.theirs.values };
    for (const f of fields) if (conflict.choices[f] === "mine") Object.assign(chosen, { [f]: conflict.mine[f] });
    clearDraft(key);
    setBase(conflict.theirs);
    form.reset(conflict.theirs.values);
    form.reset(chosen, { keepDefaultValues: true });
    if (andSave) run(chosen, conflict.theirs.version);
    else setConflict(null);
  };

  const discard = () => {
    clearDraft(key);
    clearDraft(draftKey(draftId, record.version));
    form.reset(base.values);
    setRestored(false);
    setFormError(null);
  };

  return {
    form,
    fields,
    base,
    conflict,
    setConflict,
    formError,
    restored,
    saving,
    ready,
    dirty,
    onSubmit: () => void onSubmit(),
    discard,
    resolve,
  };
}
