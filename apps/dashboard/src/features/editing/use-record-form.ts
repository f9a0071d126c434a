"use client";
// The behaviour every record form shares: a draft that survives a reload (per record and version, or
// per kind for a new record), the leave-page guard, saving through a server action, the API's field
// errors on their fields (nested ones too), and the field-by-field conflict view when a colleague saved first.
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

/** A top-level field of a form's values (what an API error or a conflict names). */
export type TopField<V extends FieldValues> = Path<V> & keyof V & string;

export interface RecordConflict<V, F extends string> {
  theirs: FormRecord<V>;
  mine: V;
  choices: Record<F, ConflictSide>;
}

/** Whether two values of a field mean the same. */
export type SameValue<V, F> = (a: V, b: V, field: F) => boolean;

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
  /** Default: the same JSON, relations by id (their shown labels do not count). */
  sameValue?: SameValue<V, F>;
  /** Where focus goes for a field with an error (a date's year box, say). */
  focusTarget?: (field: F) => Path<V>;
  /** An API error's whole path ("input.versions.0.label") as a form path, for forms with nested lists. */
  nestedField?: (apiField: string) => Path<V> | undefined;
}

export interface RecordFormState<V extends FieldValues, F extends TopField<V>> {
  form: UseFormReturn<V>;
  fields: readonly F[];
  sameValue: SameValue<V, F>;
  base: FormRecord<V>;
  conflict: RecordConflict<V, F> | null;
  choose: (field: F, side: ConflictSide) => void;
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

/** Relations compare by id, not by the label, detail or proposition they were shown with. */
function comparable(value: unknown): string {
  return JSON.stringify(value, (key, v: unknown) => (key === "label" || key === "detail" || key === "proposition" ? undefined : v)) ?? "";
}

export const sameJson = <V, F extends keyof V>(a: V, b: V, field: F): boolean => comparable(a[field]) === comparable(b[field]);

/** The fields on which two sets of values differ. */
export function differingFields<V, F extends keyof V>(fields: readonly F[], mine: V, theirs: V, sameValue: SameValue<V, F> = sameJson): F[] {
  return fields.filter((f) => !sameValue(mine, theirs, f));
}

/** Each field starts on the side that changed it: mine where I changed it from the base, else theirs. */
export function initialChoices<V, F extends string & keyof V>(fields: readonly F[], base: V, mine: V, sameValue: SameValue<V, F> = sameJson) {
  const choices: Partial<Record<F, ConflictSide>> = {};
  for (const f of fields) choices[f] = sameValue(base, mine, f) ? "theirs" : "mine";
  return choices as Record<F, ConflictSide>;
}

/** The colleague's values, with the editor's own on every field where they chose to keep theirs. */
export function mergeChoices<V, F extends keyof V>(fields: readonly F[], mine: V, theirs: V, choices: Record<F, ConflictSide>): V {
  const merged: V = { ...theirs };
  for (const f of fields) if (choices[f] === "mine") merged[f] = mine[f];
  return merged;
}

export function useRecordForm<V extends FieldValues, F extends TopField<V>>({
  draftId,
  record,
  defaults,
  resolver,
  draftSchema,
  fields,
  save,
  sameValue = sameJson,
  focusTarget,
  nestedField,
}: UseRecordFormOptions<V, F>): RecordFormState<V, F> {
  const t = useTranslations("editing");
  const router = useRouter();
  const [base, setBase] = useState<FormRecord<V>>(record);
  const [conflict, setConflict] = useState<RecordConflict<V, F> | null>(null);
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

  const focus = (field: F) => form.setFocus(focusTarget ? focusTarget(field) : field);

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
        setConflict({ theirs: result.current, mine: toSave, choices: initialChoices(fields, base.values, toSave, sameValue) });
        requestAnimationFrame(() => document.getElementById("conflict-title")?.focus());
        return;
      }
      const nested = result.field && nestedField ? nestedField(result.field) : undefined;
      if (nested) {
        form.setError(nested, { type: "server", message: result.message }, { shouldFocus: true });
        return;
      }
      const field = formFieldOf(result.field, fields);
      if (!field) {
        setFormError(result.message);
        return;
      }
      form.setError(field, { type: "server", message: result.message });
      focus(field);
    });

  const onSubmit = form.handleSubmit(
    (v) => run(v, base.version),
    (errors) => {
      const first = fields.find((f) => f in errors);
      if (first) focus(first);
    },
  );

  const resolve = (andSave: boolean) => {
    if (!conflict) return;
    const chosen = mergeChoices(fields, conflict.mine, conflict.theirs.values, conflict.choices);
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
    sameValue,
    base,
    conflict,
    choose: (field, side) => setConflict((c) => (c ? { ...c, choices: { ...c.choices, [field]: side } } : c)),
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
