"use client";
// Add a date a source gave for a round, or correct one: planned or held, start and end as precise as the
// source, the quote that gives it, a note. A refusal of the API lands on the field it names.
import type { ReactNode } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { DATE_REPORT_KINDS } from "./round-enums";
import { DateField, PickerField, SelectField, TextAreaField } from "@/features/editing/form-fields";
import { EMPTY_PARTIAL_DATE } from "@/features/editing/partial-date-value";
import { useDialogSave } from "@/features/editing/use-dialog-save";
import { addDateReport, correctDateReport } from "./actions";
import { DATE_REPORT_FIELDS, dateReportSchema, type DateReportValues } from "./date-report-schema";

interface DateReportDialogProps {
  roundId: string;
  version: number;
  /** The report to correct; none to add one. */
  report?: { id: string; values: DateReportValues };
  trigger: ReactNode;
}

export function DateReportDialog({ roundId, version, report, trigger }: DateReportDialogProps) {
  const t = useTranslations("talks");
  const tEditing = useTranslations("editing");
  const tCommon = useTranslations("common");
  const tEnums = useTranslations("enums");
  const defaults: DateReportValues = report?.values ?? {
    kind: "HELD",
    start: { ...EMPTY_PARTIAL_DATE, precision: "DAY" },
    end: EMPTY_PARTIAL_DATE,
    evidence: null,
    note: "",
  };
  const form = useForm<DateReportValues>({ resolver: zodResolver(dateReportSchema), defaultValues: defaults });
  const label = (f: (typeof DATE_REPORT_FIELDS)[number]) => t(`dateReport.fields.${f}`);
  const title = report ? t("dateReport.correctTitle") : t("dateReport.addTitle");

  const { open, onOpenChange, formError, pending, run } = useDialogSave({
    form,
    fields: DATE_REPORT_FIELDS,
    save: (values) => (report ? correctDateReport(report.id, version, values) : addDateReport(roundId, version, values)),
    savedMessage: report ? t("dateReport.corrected") : t("dateReport.added"),
    resetTo: (values) => (report ? values : defaults),
  });

  const submit = form.handleSubmit(run, (errs) => {
    const first = DATE_REPORT_FIELDS.find((f) => errs[f]);
    if (first) form.setFocus(first === "start" || first === "end" ? `${first}.year` : first);
  });

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>{trigger}</DialogTrigger>
      <DialogContent closeLabel={tCommon("close")} className="max-h-[90vh] overflow-y-auto sm:max-w-xl">
        <DialogTitle>{title}</DialogTitle>
        <form noValidate className="min-w-0 space-y-4" aria-label={title} onSubmit={submit}>
          <DialogDescription>{t("dateReport.hint")}</DialogDescription>
          {formError ? (
            <p role="alert" className="rounded-md border border-destructive/50 bg-destructive/10 px-3 py-2 text-sm">
              {formError}
            </p>
          ) : null}
          <SelectField
            form={form}
            name="kind"
            id="report-kind"
            label={label("kind")}
            options={DATE_REPORT_KINDS.map((k) => ({ value: k, label: tEnums(`DateReportKind.${k}`) }))}
          />
          <DateField form={form} name="start" id="report-start" label={label("start")} />
          <DateField form={form} name="end" id="report-end" label={label("end")} />
          <PickerField form={form} name="evidence" id="report-quote" label={label("evidence")} hint={t("dateReport.quoteHint")} kind="quote" />
          <TextAreaField form={form} name="note" id="report-note" label={label("note")} optional />
          <div className="flex justify-end gap-2">
            <Button type="submit" disabled={pending}>
              {pending ? tEditing("working") : report ? t("dateReport.saveCorrection") : t("dateReport.add")}
            </Button>
          </div>
        </form>
      </DialogContent>
    </Dialog>
  );
}
