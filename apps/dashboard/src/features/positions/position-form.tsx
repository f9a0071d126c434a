"use client";
// Edit a position: summary, stance (explained against the topic's proposition), date, party, topic,
// round, speaker and the quotes behind it. Unsaved work survives a reload (a draft per record and
// version) and leaving asks first; a colleague's newer save opens the field-by-field conflict view.
import { useEffect, useRef, useState, useTransition } from "react";
import { Controller, useForm, useWatch, type FieldErrors } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { X } from "lucide-react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { formatPartialDate } from "@/lib/format/partial-date";
import { formFieldOf } from "@/features/editing/action-result";
import { ConflictView, type ConflictRow, type ConflictSide } from "@/features/editing/conflict-view";
import { clearDraft, draftKey, readDraft, writeDraft } from "@/features/editing/form-draft";
import { PartialDateInput } from "@/features/editing/partial-date-input";
import { toPartialDateInput } from "@/features/editing/partial-date-value";
import { RecordPicker } from "@/features/editing/record-picker";
import { useUnsavedChanges } from "@/features/editing/use-unsaved-changes";
import { updatePosition } from "./actions";
import {
  POSITION_FIELDS,
  SUMMARY_MAX,
  positionDraftSchema,
  positionFormSchema,
  type PositionField,
  type PositionFormValues,
  type PositionRecord,
} from "./position-form-schema";
import { differingFields, initialChoices, mergeValues } from "./position-merge";
import { StancePicker } from "./stance-picker";

interface Conflict {
  theirs: PositionRecord;
  mine: PositionFormValues;
  choices: Record<PositionField, ConflictSide>;
}

const textareaClass =
  "min-h-28 w-full rounded-md border bg-transparent px-3 py-2 text-sm shadow-xs outline-none focus-visible:border-ring focus-visible:ring-[3px] focus-visible:ring-ring/50 aria-invalid:border-destructive";

export function PositionForm({ record, detailHref }: { record: PositionRecord; detailHref: string }) {
  const t = useTranslations("editing");
  const tPositions = useTranslations("positions");
  const tEnums = useTranslations("enums");
  const tCommon = useTranslations("common");
  const locale = useLocale();
  const router = useRouter();
  // The version these edits are based on: the loaded one, or the colleague's after a conflict.
  const [base, setBase] = useState<PositionRecord>(record);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [restored, setRestored] = useState(false);
  const [saving, startSaving] = useTransition();
  // Set once React runs here: a submit before that would be the browser's own (a GET of the page).
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  const conflictRef = useRef<HTMLDivElement>(null);
  const key = draftKey(record.id, base.version);

  const form = useForm<PositionFormValues>({ resolver: zodResolver(positionFormSchema), defaultValues: record.values });
  const { control, formState } = form;
  const values = useWatch({ control });
  const dirty = formState.isDirty;

  // A draft left by a reload of this record at this version comes back (once, on arrival).
  useEffect(() => {
    const draft = readDraft(draftKey(record.id, record.version), positionDraftSchema);
    if (draft) {
      form.reset(draft, { keepDefaultValues: true });
      setRestored(true);
    }
  }, [form, record.id, record.version]);

  useEffect(() => {
    if (dirty) writeDraft(key, values);
  }, [dirty, key, values]);

  useUnsavedChanges(dirty || conflict !== null, t("leaveQuestion"));

  const message = (m: string | undefined) => (m === undefined ? undefined : t.has(`errors.${m}`) ? t(`errors.${m}`) : m);

  const describe = (v: PositionFormValues, field: PositionField): string => {
    switch (field) {
      case "summary":
        return v.summary;
      case "stance":
        return tEnums(`Stance.${v.stance}`);
      case "stated": {
        const parsed = positionFormSchema.shape.stated.safeParse(v.stated);
        return parsed.success ? formatPartialDate(toPartialDateInput(parsed.data), locale, tCommon("dateUnknown")) : "";
      }
      case "party":
      case "topic":
        return v[field].label;
      case "round":
      case "speaker":
        return v[field]?.label ?? "";
      case "evidence":
        return v.evidence.map((e) => `“${e.label}”`).join("\n");
    }
  };

  const fieldLabel = (field: PositionField) => (field === "evidence" ? tPositions("quotes") : tPositions(field));

  const save = (valuesToSave: PositionFormValues, version: number) =>
    startSaving(async () => {
      setFormError(null);
      const result = await updatePosition(record.id, version, valuesToSave);
      if (result.ok) {
        clearDraft(draftKey(record.id, version));
        clearDraft(key);
        form.reset(valuesToSave);
        setConflict(null);
        toast.success(t("saved"));
        router.push(detailHref);
        router.refresh();
        return;
      }
      if ("current" in result) {
        setConflict({ theirs: result.current, mine: valuesToSave, choices: initialChoices(base.values, valuesToSave) });
        requestAnimationFrame(() => conflictRef.current?.querySelector<HTMLElement>("h2")?.focus());
        return;
      }
      const field = formFieldOf(result.field, POSITION_FIELDS);
      if (field) form.setError(field, { type: "server", message: result.message }, { shouldFocus: true });
      else setFormError(result.message);
    });

  const onSubmit = form.handleSubmit(
    (v) => save(v, base.version),
    (errors: FieldErrors<PositionFormValues>) => {
      const first = POSITION_FIELDS.find((f) => errors[f]);
      if (first) form.setFocus(first === "stated" ? "stated.year" : first);
    },
  );

  const resolve = (andSave: boolean) => {
    if (!conflict) return;
    const merged = mergeValues(conflict.mine, conflict.theirs.values, conflict.choices);
    clearDraft(key);
    setBase(conflict.theirs);
    form.reset(conflict.theirs.values);
    form.reset(merged, { keepDefaultValues: true });
    if (andSave) save(merged, conflict.theirs.version);
    else setConflict(null);
  };

  const discard = () => {
    clearDraft(key);
    clearDraft(draftKey(record.id, record.version));
    form.reset(base.values);
    setRestored(false);
  };

  const errors = formState.errors;
  const statedErrors = errors.stated;
  const conflictRows: ConflictRow<PositionField>[] = conflict
    ? differingFields(conflict.mine, conflict.theirs.values).map((f) => ({
        field: f,
        label: fieldLabel(f),
        mine: describe(conflict.mine, f),
        theirs: describe(conflict.theirs.values, f),
      }))
    : [];
  const topic = useWatch({ control, name: "topic" });

  return (
    <div className="space-y-6">
      {conflict ? (
        <div ref={conflictRef}>
          <ConflictView
            rows={conflictRows}
            theirVersion={conflict.theirs.version}
            choices={conflict.choices}
            onChoose={(field, side) => setConflict({ ...conflict, choices: { ...conflict.choices, [field]: side } })}
            onSave={() => resolve(true)}
            onReview={() => resolve(false)}
            saving={saving}
          />
        </div>
      ) : null}
      {restored && dirty ? (
        <div role="status" className="flex flex-wrap items-center justify-between gap-2 rounded-md border bg-muted/50 px-3 py-2 text-sm">
          <span>{t("draftRestored")}</span>
          <Button type="button" variant="outline" size="sm" onClick={discard}>
            {t("discard")}
          </Button>
        </div>
      ) : null}
      <form onSubmit={onSubmit} noValidate className="space-y-6" aria-label={t("positionForm")} hidden={conflict !== null} data-ready={ready || undefined}>
        {formError ? (
          <p role="alert" className="rounded-md border border-destructive/50 bg-destructive/10 px-3 py-2 text-sm">
            {formError}
          </p>
        ) : null}
        <div className="space-y-2">
          <Label htmlFor="summary">{tPositions("summary")}</Label>
          <Controller
            control={control}
            name="summary"
            render={({ field }) => (
              <textarea
                id="summary"
                className={textareaClass}
                maxLength={SUMMARY_MAX}
                aria-invalid={Boolean(errors.summary) || undefined}
                aria-describedby={errors.summary ? "summary-error" : "summary-hint"}
                {...field}
              />
            )}
          />
          {errors.summary ? (
            <p id="summary-error" className="text-sm text-destructive">
              {message(errors.summary.message)}
            </p>
          ) : (
            <p id="summary-hint" className="text-xs text-muted-foreground">
              {t("summaryHint", { count: values.summary?.length ?? 0, max: SUMMARY_MAX })}
            </p>
          )}
        </div>

        <div className="grid gap-6 md:grid-cols-2">
          {(["party", "topic"] as const).map((name) => (
            <div key={name} className="space-y-2">
              <Label htmlFor={`${name}-picker`}>{tPositions(name)}</Label>
              <Controller
                control={control}
                name={name}
                render={({ field }) => (
                  <RecordPicker
                    id={`${name}-picker`}
                    kind={name}
                    value={field.value}
                    onChange={(v) => v && field.onChange(v)}
                    invalid={Boolean(errors[name])}
                    describedBy={errors[name] ? `${name}-error` : undefined}
                  />
                )}
              />
              {errors[name] ? (
                <p id={`${name}-error`} className="text-sm text-destructive">
                  {message(errors[name].message)}
                </p>
              ) : null}
            </div>
          ))}
        </div>

        <Controller
          control={control}
          name="stance"
          render={({ field }) => (
            <StancePicker name="stance" legend={tPositions("stance")} value={field.value} onChange={field.onChange} proposition={topic.proposition ?? null} />
          )}
        />
        {errors.stance ? <p className="text-sm text-destructive">{message(errors.stance.message)}</p> : null}

        <Controller
          control={control}
          name="stated"
          render={({ field }) => (
            <PartialDateInput
              id="stated"
              legend={tPositions("stated")}
              value={field.value}
              onChange={field.onChange}
              errors={{
                precision: statedErrors?.message,
                year: statedErrors?.year?.message,
                month: statedErrors?.month?.message,
                day: statedErrors?.day?.message,
              }}
            />
          )}
        />

        <div className="grid gap-6 md:grid-cols-2">
          {(["round", "speaker"] as const).map((name) => (
            <div key={name} className="space-y-2">
              <Label htmlFor={`${name}-picker`}>
                {tPositions(name)} <span className="font-normal text-muted-foreground">{t("optional")}</span>
              </Label>
              <Controller
                control={control}
                name={name}
                render={({ field }) => (
                  <RecordPicker
                    id={`${name}-picker`}
                    kind={name === "speaker" ? "person" : "round"}
                    value={field.value}
                    onChange={field.onChange}
                    clearable
                    invalid={Boolean(errors[name])}
                    describedBy={errors[name] ? `${name}-error` : undefined}
                  />
                )}
              />
              {errors[name] ? (
                <p id={`${name}-error`} className="text-sm text-destructive">
                  {message(errors[name].message)}
                </p>
              ) : null}
            </div>
          ))}
        </div>

        <Controller
          control={control}
          name="evidence"
          render={({ field }) => (
            <fieldset className="space-y-2">
              <legend className="text-sm font-medium">{tPositions("quotes")}</legend>
              <ul className="space-y-2" data-testid="evidence-list">
                {field.value.map((quote) => (
                  <li key={quote.id} className="flex items-start gap-2 rounded-md border p-3 text-sm">
                    <div className="min-w-0 flex-1">
                      <blockquote className="line-clamp-3">“{quote.label}”</blockquote>
                      {quote.detail ? <p className="mt-1 text-xs text-muted-foreground">{quote.detail}</p> : null}
                    </div>
                    <Button
                      type="button"
                      variant="ghost"
                      size="icon"
                      aria-label={t("removeQuote", { quote: quote.label.slice(0, 60) })}
                      onClick={() => field.onChange(field.value.filter((q) => q.id !== quote.id))}
                    >
                      <X aria-hidden />
                    </Button>
                  </li>
                ))}
              </ul>
              <Label htmlFor="quote-picker" className="text-xs text-muted-foreground">
                {t("addQuote")}
              </Label>
              <RecordPicker
                id="quote-picker"
                kind="quote"
                value={null}
                onChange={(q) => q && !field.value.some((e) => e.id === q.id) && field.onChange([...field.value, q])}
                invalid={Boolean(errors.evidence)}
                describedBy={errors.evidence ? "evidence-error" : undefined}
              />
              {errors.evidence ? (
                <p id="evidence-error" className="text-sm text-destructive">
                  {message(errors.evidence.message)}
                </p>
              ) : null}
            </fieldset>
          )}
        />

        <div className="flex flex-wrap items-center gap-2 border-t pt-4">
          <Button type="submit" disabled={saving || !ready}>
            {saving ? t("working") : t("save")}
          </Button>
          <Button type="button" variant="outline" onClick={discard} disabled={!dirty}>
            {t("discard")}
          </Button>
          <span className="text-sm text-muted-foreground" aria-live="polite">
            {dirty ? t("unsaved") : t("noChanges")}
          </span>
        </div>
      </form>
    </div>
  );
}
