"use client";
// Add a date a source gave for a round, or correct one: planned or held, start and end as precise as the
// source, the quote that gives it, a note. A refusal of the API lands on the field it names.
import { useState, useTransition, type ReactNode } from "react";
import { Controller, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { NativeSelect } from "@/components/ui/native-select";
import { DATE_REPORT_KINDS } from "./round-enums";
import { formFieldOf } from "@/features/editing/action-result";
import { FieldFrame, TEXTAREA_CLASS } from "@/features/editing/field-frame";
import { PartialDateInput } from "@/features/editing/partial-date-input";
import { EMPTY_PARTIAL_DATE } from "@/features/editing/partial-date-value";
import { RecordPicker } from "@/features/editing/record-picker";
import { useErrorText } from "@/features/editing/use-error-text";
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
  const router = useRouter();
  const errorText = useErrorText();
  const [open, setOpen] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const defaults: DateReportValues = report?.values ?? {
    kind: "HELD",
    start: { ...EMPTY_PARTIAL_DATE, precision: "DAY" },
    end: EMPTY_PARTIAL_DATE,
    evidence: null,
    note: "",
  };
  const form = useForm<DateReportValues>({ resolver: zodResolver(dateReportSchema), defaultValues: defaults });
  const { control } = form;
  const errors = form.formState.errors;
  const label = (f: (typeof DATE_REPORT_FIELDS)[number]) => t(`dateReport.fields.${f}`);
  const title = report ? t("dateReport.correctTitle") : t("dateReport.addTitle");

  const submit = form.handleSubmit(
    (values) =>
      startTransition(async () => {
        setFormError(null);
        const result = report ? await correctDateReport(report.id, version, values) : await addDateReport(roundId, version, values);
        if (result.ok) {
          toast.success(report ? t("dateReport.corrected") : t("dateReport.added"));
          setOpen(false);
          form.reset(report ? values : defaults);
          router.refresh();
          return;
        }
        const field = formFieldOf(result.field, DATE_REPORT_FIELDS);
        if (field) form.setError(field, { type: "server", message: result.message }, { shouldFocus: true });
        else setFormError(result.message);
      }),
    (errs) => {
      const first = DATE_REPORT_FIELDS.find((f) => errs[f]);
      if (first) form.setFocus(first === "start" || first === "end" ? `${first}.year` : first);
    },
  );

  const dateField = (name: "start" | "end") => (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <PartialDateInput
          id={`report-${name}`}
          legend={label(name)}
          value={field.value}
          onChange={field.onChange}
          errors={{
            precision: errors[name]?.message,
            year: errors[name]?.year?.message,
            month: errors[name]?.month?.message,
            day: errors[name]?.day?.message,
          }}
        />
      )}
    />
  );

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) setFormError(null);
      }}
    >
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
          <FieldFrame id="report-kind" label={label("kind")} error={errorText(errors.kind?.message)}>
            {(ids) => (
              <Controller
                control={control}
                name="kind"
                render={({ field }) => (
                  <NativeSelect {...field} id={ids.id} aria-invalid={ids.invalid || undefined} aria-describedby={ids.describedBy}>
                    {DATE_REPORT_KINDS.map((k) => (
                      <option key={k} value={k}>
                        {tEnums(`DateReportKind.${k}`)}
                      </option>
                    ))}
                  </NativeSelect>
                )}
              />
            )}
          </FieldFrame>
          {dateField("start")}
          {dateField("end")}
          <FieldFrame id="report-quote" label={label("evidence")} error={errorText(errors.evidence?.message)} hint={t("dateReport.quoteHint")}>
            {(ids) => (
              <Controller
                control={control}
                name="evidence"
                render={({ field }) => (
                  <RecordPicker id={ids.id} kind="quote" value={field.value} onChange={field.onChange} invalid={ids.invalid} describedBy={ids.describedBy} />
                )}
              />
            )}
          </FieldFrame>
          <FieldFrame id="report-note" label={label("note")} optional error={errorText(errors.note?.message)}>
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
            <Button type="submit" disabled={pending}>
              {pending ? tEditing("working") : report ? t("dateReport.saveCorrection") : t("dateReport.add")}
            </Button>
          </div>
        </form>
      </DialogContent>
    </Dialog>
  );
}
