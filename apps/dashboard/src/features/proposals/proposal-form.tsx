"use client";
// Create or edit a proposal: title, author, description, and its versions (the 28-point plan, the
// 19-point revision…), each with when and where it was presented and its numbered points.
import { useFieldArray, useWatch, type UseFormReturn } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { Plus, X } from "lucide-react";
import { Button } from "@/components/ui/button";
import { DateField, PickerField, TextAreaField, TextField } from "@/features/editing/form-fields";
import { EMPTY_PARTIAL_DATE } from "@/features/editing/partial-date-value";
import { RecordFormShell } from "@/features/editing/record-form-shell";
import type { FormRecord } from "@/features/editing/record-save";
import { useDescribe } from "@/features/editing/use-describe";
import { useErrorText } from "@/features/editing/use-error-text";
import { useRecordForm } from "@/features/editing/use-record-form";
import { useSlugSuggestion } from "@/features/editing/use-slug-suggestion";
import { createProposal, updateProposal } from "./actions";
import {
  PROPOSAL_FIELDS,
  proposalDraftSchema,
  proposalFormSchema,
  type ProposalField,
  type ProposalFormValues,
  type ProposalVersionValues,
} from "./proposal-form-schema";
import { proposalFieldOf } from "./proposal-paths";

const nextNumber = (numbers: string[]) => String(Math.max(0, ...numbers.map(Number).filter(Number.isFinite)) + 1);

export function ProposalForm({ record }: { record: FormRecord<ProposalFormValues> }) {
  const t = useTranslations("talks");
  const errorText = useErrorText();
  const words = useDescribe();
  const id = record.id;
  const creating = id === null;
  const state = useRecordForm({
    draftId: id ?? "new-proposal",
    record,
    defaults: record.values,
    resolver: zodResolver(proposalFormSchema),
    draftSchema: proposalDraftSchema,
    fields: PROPOSAL_FIELDS,
    save: (values, version) => (id ? updateProposal(id, version, values) : createProposal(values)),
    nestedField: proposalFieldOf,
  });
  const { form } = state;
  const versions = useFieldArray({ control: form.control, name: "versions" });
  const title = useWatch({ control: form.control, name: "title" });
  useSlugSuggestion(title, creating && !form.getFieldState("slug", form.formState).isTouched, (slug) => form.setValue("slug", slug, { shouldDirty: true }));
  const errors = form.formState.errors;

  const label = (f: ProposalField) => t(`proposal.fields.${f}`);
  const versionText = (v: ProposalVersionValues) =>
    [`${v.number}. ${v.label} (${words.date(v.presented)})`, ...v.points.map((p) => `  ${p.number}. ${p.text}`)].join("\n");
  const describe = (v: ProposalFormValues, f: ProposalField): string => {
    switch (f) {
      case "authorParty":
        return v.authorParty?.label ?? "";
      case "versions":
        return v.versions.map(versionText).join("\n");
      default:
        return v[f];
    }
  };

  return (
    <RecordFormShell
      state={state}
      label={creating ? t("proposal.newTitle") : t("proposal.editTitle")}
      fieldLabel={label}
      describe={describe}
      submitLabel={creating ? t("proposal.create") : undefined}
    >
      <TextField form={form} name="title" id="proposal-title" label={label("title")} />
      {creating ? <TextField form={form} name="slug" id="proposal-slug" label={label("slug")} hint={t("slugHint")} /> : null}
      <PickerField form={form} name="authorParty" id="proposal-author" label={label("authorParty")} optional kind="party" />
      <TextAreaField form={form} name="description" id="proposal-description" label={label("description")} optional />

      <section aria-labelledby="versions-heading" className="space-y-4">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="versions-heading" className="text-base font-semibold">
            {label("versions")}
          </h2>
          <Button
            type="button"
            variant="outline"
            size="sm"
            onClick={() =>
              versions.append({
                number: nextNumber(form.getValues("versions").map((v) => v.number)),
                label: "",
                presented: { ...EMPTY_PARTIAL_DATE, precision: "DAY" },
                round: null,
                summary: "",
                pointCount: "",
                pointCountNote: "",
                points: [],
              })
            }
          >
            <Plus aria-hidden />
            {t("proposal.addVersion")}
          </Button>
        </div>
        {errors.versions?.message ? (
          <p id="versions-error" className="text-sm text-destructive" role="alert">
            {errorText(errors.versions.message)}
          </p>
        ) : null}
        {versions.fields.length === 0 ? <p className="text-sm text-muted-foreground">{t("proposal.noVersions")}</p> : null}
        {versions.fields.map((item, index) => (
          <VersionFields key={item.id} form={form} index={index} onRemove={() => versions.remove(index)} />
        ))}
      </section>
    </RecordFormShell>
  );
}

interface VersionFieldsProps {
  form: UseFormReturn<ProposalFormValues>;
  index: number;
  onRemove: () => void;
}

function VersionFields({ form, index, onRemove }: VersionFieldsProps) {
  const t = useTranslations("talks");
  const points = useFieldArray({ control: form.control, name: `versions.${index}.points` });
  const prefix = `version-${index}`;
  const name = `versions.${index}` as const;
  const vLabel = (f: "number" | "label" | "presented" | "round" | "summary" | "pointCount" | "pointCountNote") => t(`proposal.version.${f}`);
  return (
    <fieldset className="space-y-4 rounded-lg border p-4" data-testid={`proposal-version-${index}`}>
      <legend className="px-1 text-sm font-semibold">{t("proposal.versionLegend", { number: index + 1 })}</legend>
      <div className="grid gap-4 md:grid-cols-[6rem_1fr_auto]">
        <TextField form={form} name={`${name}.number`} id={`${prefix}-number`} label={vLabel("number")} inputMode="numeric" />
        <TextField form={form} name={`${name}.label`} id={`${prefix}-label`} label={vLabel("label")} />
        <div className="flex items-end">
          <Button type="button" variant="ghost" className="text-destructive" onClick={onRemove}>
            <X aria-hidden />
            {t("proposal.removeVersion")}
          </Button>
        </div>
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <DateField form={form} name={`${name}.presented`} id={`${prefix}-presented`} label={vLabel("presented")} />
        <PickerField form={form} name={`${name}.round`} id={`${prefix}-round`} label={vLabel("round")} optional kind="round" />
      </div>
      <TextAreaField form={form} name={`${name}.summary`} id={`${prefix}-summary`} label={vLabel("summary")} optional />
      <div className="grid gap-4 md:grid-cols-[8rem_1fr]">
        <TextField form={form} name={`${name}.pointCount`} id={`${prefix}-point-count`} label={vLabel("pointCount")} optional inputMode="numeric" />
        <TextField
          form={form}
          name={`${name}.pointCountNote`}
          id={`${prefix}-point-count-note`}
          label={vLabel("pointCountNote")}
          optional
          hint={t("proposal.pointCountNoteHint")}
        />
      </div>
      <div className="space-y-3">
        <h3 className="text-sm font-medium">{t("proposal.points")}</h3>
        {points.fields.length === 0 ? <p className="text-sm text-muted-foreground">{t("proposal.noPoints")}</p> : null}
        <ol className="space-y-3">
          {points.fields.map((point, p) => {
            const pid = `${prefix}-point-${p}`;
            return (
              <li key={point.id} className="grid gap-3 rounded-md border p-3 md:grid-cols-[5rem_1fr]" data-testid={pid}>
                <TextField form={form} name={`${name}.points.${p}.number`} id={`${pid}-number`} label={t("proposal.point.number")} inputMode="numeric" />
                <div className="space-y-3">
                  <TextAreaField form={form} name={`${name}.points.${p}.text`} id={`${pid}-text`} label={t("proposal.point.text")} className="min-h-16" />
                  <div className="flex flex-wrap items-end gap-3">
                    <div className="min-w-64 flex-1">
                      <PickerField form={form} name={`${name}.points.${p}.topic`} id={`${pid}-topic`} label={t("proposal.point.topic")} optional kind="topic" />
                    </div>
                    <Button type="button" variant="ghost" className="text-destructive" onClick={() => points.remove(p)}>
                      <X aria-hidden />
                      {t("proposal.removePoint", { number: point.number })}
                    </Button>
                  </div>
                </div>
              </li>
            );
          })}
        </ol>
        <Button
          type="button"
          variant="outline"
          size="sm"
          onClick={() => points.append({ number: nextNumber(points.fields.map((f) => f.number)), text: "", topic: null })}
        >
          <Plus aria-hidden />
          {t("proposal.addPoint")}
        </Button>
      </div>
    </fieldset>
  );
}
