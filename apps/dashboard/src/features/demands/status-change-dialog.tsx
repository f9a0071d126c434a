"use client";
// Record a status change of a demand, or correct one entry of its history: a small form, then a
// confirmation that says what the change does before it is applied. A refusal of the API goes back to
// the form, on the field it names.
import { useState, type ReactNode } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useLocale, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { formatPartialDate } from "@/lib/format/partial-date";
import { enumValues } from "@/lib/format/enums";
import { DateField, PickerField, SelectField, TextAreaField } from "@/features/editing/form-fields";
import { toPartialDateInput } from "@/features/editing/partial-date-value";
import { useDialogSave } from "@/features/editing/use-dialog-save";
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
  const [review, setReview] = useState<StatusChangeValues | null>(null);
  const defaults: StatusChangeValues = entry?.values ?? {
    status: currentStatus,
    changed: { precision: "DAY", year: "", month: "", day: "" },
    round: null,
    evidence: null,
    note: "",
  };
  const form = useForm<StatusChangeValues>({ resolver: zodResolver(statusChangeSchema), defaultValues: defaults });
  const label = (f: (typeof STATUS_CHANGE_FIELDS)[number]) => t(`status.fields.${f}`);

  const {
    open,
    onOpenChange,
    formError,
    pending,
    run: apply,
  } = useDialogSave({
    form,
    fields: STATUS_CHANGE_FIELDS,
    save: (values) => (entry ? correctDemandStatus(entry.id, version, values) : recordDemandStatus(demandId, version, values)),
    savedMessage: entry ? t("status.corrected") : t("status.recorded"),
    resetTo: (values) => (entry ? values : defaults),
    // Back from the confirmation to the form, where a refusal shows.
    onSettled: () => setReview(null),
  });

  const title = entry ? t("status.correctTitle") : t("status.recordTitle");
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
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
            <SelectField
              form={form}
              name="status"
              id="status-value"
              label={label("status")}
              options={enumValues.DemandStatus.map((s) => ({ value: s, label: tEnums(`DemandStatus.${s}`) }))}
            />
            <DateField form={form} name="changed" id="status-changed" label={label("changed")} />
            <PickerField form={form} name="round" id="status-round" label={label("round")} optional kind="round" />
            <PickerField form={form} name="evidence" id="status-quote" label={label("evidence")} optional hint={t("status.quoteHint")} kind="quote" />
            <TextAreaField form={form} name="note" id="status-note" label={label("note")} optional />
            <div className="flex justify-end gap-2">
              <Button type="submit">{t("status.next")}</Button>
            </div>
          </form>
        )}
      </DialogContent>
    </Dialog>
  );
}
