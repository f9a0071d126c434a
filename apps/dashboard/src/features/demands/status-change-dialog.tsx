"use client";
// Record a status change of a demand, or correct one entry of its history: a small form, then a
// confirmation that says what the change does before it is applied. A refusal of the API goes back to
// the form, on the field it names.
import { useState, useTransition, type ReactNode } from "react";
import { Controller, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { NativeSelect } from "@/components/ui/native-select";
import { formatPartialDate } from "@/lib/format/partial-date";
import { enumValues } from "@/lib/format/enums";
import { formFieldOf } from "@/features/editing/action-result";
import { FieldFrame, TEXTAREA_CLASS } from "@/features/editing/field-frame";
import { PartialDateInput } from "@/features/editing/partial-date-input";
import { toPartialDateInput } from "@/features/editing/partial-date-value";
import { RecordPicker } from "@/features/editing/record-picker";
import { useErrorText } from "@/features/editing/use-error-text";
import { correctDemandStatus, recordDemandStatus } from "./actions";
import { STATUS_CHANGE_FIELDS, statusChangeSchema, type StatusChangeValues } from "./status-change-schema";

interface StatusChangeDialogProps {
  demandId: string;
  version: number;
  /** The demand's status now (what the confirmation compares with). */
  currentStatus: StatusChangeValues["status"];
  /** The entry to correct; none to record a new change. */
  entry?: { id: string; values: StatusChangeValues };
  trigger: ReactNode;
}

export function StatusChangeDialog({ demandId, version, currentStatus, entry, trigger }: StatusChangeDialogProps) {
  const t = useTranslations("talks");
  const tEditing = useTranslations("editing");
  const tCommon = useTranslations("common");
  const tEnums = useTranslations("enums");
  const locale = useLocale();
  const router = useRouter();
  const errorText = useErrorText();
  const [open, setOpen] = useState(false);
  const [review, setReview] = useState<StatusChangeValues | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const defaults: StatusChangeValues = entry?.values ?? {
    status: currentStatus,
    changed: { precision: "DAY", year: "", month: "", day: "" },
    round: null,
    evidence: null,
    note: "",
  };
  const form = useForm<StatusChangeValues>({ resolver: zodResolver(statusChangeSchema), defaultValues: defaults });
  const { control } = form;
  const errors = form.formState.errors;
  const label = (f: (typeof STATUS_CHANGE_FIELDS)[number]) => t(`status.fields.${f}`);

  const apply = (values: StatusChangeValues) =>
    startTransition(async () => {
      setFormError(null);
      const result = entry ? await correctDemandStatus(entry.id, version, values) : await recordDemandStatus(demandId, version, values);
      if (result.ok) {
        toast.success(entry ? t("status.corrected") : t("status.recorded"));
        setOpen(false);
        setReview(null);
        form.reset(entry ? values : defaults);
        router.refresh();
        return;
      }
      setReview(null);
      const field = formFieldOf(result.field, STATUS_CHANGE_FIELDS);
      if (field) form.setError(field, { type: "server", message: result.message });
      else setFormError(result.message);
    });

  const title = entry ? t("status.correctTitle") : t("status.recordTitle");
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) {
          setReview(null);
          setFormError(null);
        }
      }}
    >
      <DialogTrigger asChild>{trigger}</DialogTrigger>
      <DialogContent closeLabel={tCommon("close")} className="max-h-[90vh] overflow-y-auto sm:max-w-xl">
        <DialogTitle>{review ? t("status.confirmTitle") : title}</DialogTitle>
        {review ? (
          <div className="min-w-0 space-y-4" data-testid="status-confirm">
            <DialogDescription asChild>
              <div className="space-y-2">
                <p>
                  {entry
                    ? t("status.confirmCorrect", { status: tEnums(`DemandStatus.${review.status}`) })
                    : t("status.confirmRecord", { from: tEnums(`DemandStatus.${currentStatus}`), status: tEnums(`DemandStatus.${review.status}`) })}
                </p>
                <p>
                  {t("status.confirmWhen", {
                    when: formatPartialDate(toPartialDateInput(review.changed), locale, tCommon("dateUnknown")),
                  })}
                </p>
                <p>{t("status.confirmRule")}</p>
                {review.evidence ? null : <p>{t("status.confirmNoQuote")}</p>}
              </div>
            </DialogDescription>
            <div className="flex justify-end gap-2">
              <Button type="button" variant="outline" onClick={() => setReview(null)} disabled={pending}>
                {t("status.back")}
              </Button>
              <Button type="button" onClick={() => apply(review)} disabled={pending}>
                {pending ? tEditing("working") : entry ? t("status.confirmCorrectButton") : t("status.confirmRecordButton")}
              </Button>
            </div>
          </div>
        ) : (
          <form
            noValidate
            className="min-w-0 space-y-4"
            aria-label={title}
            onSubmit={form.handleSubmit(
              (v) => setReview(v),
              () => undefined,
            )}
          >
            <DialogDescription>{t("status.formHint")}</DialogDescription>
            {formError ? (
              <p role="alert" className="rounded-md border border-destructive/50 bg-destructive/10 px-3 py-2 text-sm">
                {formError}
              </p>
            ) : null}
            <FieldFrame id="status-value" label={label("status")} error={errorText(errors.status?.message)}>
              {(ids) => (
                <Controller
                  control={control}
                  name="status"
                  render={({ field }) => (
                    <NativeSelect id={ids.id} aria-invalid={ids.invalid || undefined} aria-describedby={ids.describedBy} {...field}>
                      {enumValues.DemandStatus.map((s) => (
                        <option key={s} value={s}>
                          {tEnums(`DemandStatus.${s}`)}
                        </option>
                      ))}
                    </NativeSelect>
                  )}
                />
              )}
            </FieldFrame>
            <Controller
              control={control}
              name="changed"
              render={({ field }) => (
                <PartialDateInput
                  id="status-changed"
                  legend={label("changed")}
                  value={field.value}
                  onChange={field.onChange}
                  errors={{
                    precision: errors.changed?.message,
                    year: errors.changed?.year?.message,
                    month: errors.changed?.month?.message,
                    day: errors.changed?.day?.message,
                  }}
                />
              )}
            />
            <FieldFrame id="status-round" label={label("round")} optional error={errorText(errors.round?.message)}>
              {(ids) => (
                <Controller
                  control={control}
                  name="round"
                  render={({ field }) => (
                    <RecordPicker
                      id={ids.id}
                      kind="round"
                      value={field.value}
                      onChange={field.onChange}
                      clearable
                      invalid={ids.invalid}
                      describedBy={ids.describedBy}
                    />
                  )}
                />
              )}
            </FieldFrame>
            <FieldFrame id="status-quote" label={label("evidence")} optional error={errorText(errors.evidence?.message)} hint={t("status.quoteHint")}>
              {(ids) => (
                <Controller
                  control={control}
                  name="evidence"
                  render={({ field }) => (
                    <RecordPicker
                      id={ids.id}
                      kind="quote"
                      value={field.value}
                      onChange={field.onChange}
                      clearable
                      invalid={ids.invalid}
                      describedBy={ids.describedBy}
                    />
                  )}
                />
              )}
            </FieldFrame>
            <FieldFrame id="status-note" label={label("note")} optional error={errorText(errors.note?.message)}>
              {(ids) => (
                <Controller
                  control={control}
                  name="note"
                  render={({ field }) => (
                    <textarea {...field} id={ids.id} className={TEXTAREA_CLASS} aria-invalid={ids.invalid || undefined} aria-describedby={ids.describedBy} />
                  )}
                />
              )}
            </FieldFrame>
            <div className="flex justify-end gap-2">
              <Button type="submit">{t("status.next")}</Button>
            </div>
          </form>
        )}
      </DialogContent>
    </Dialog>
  );
}
