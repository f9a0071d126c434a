"use client";
// Create or edit a proposal: title, author, description, and its versions (the 28-point plan, the
// 19-point revision…), each with when and where it was presented and its numbered points.
import { useRef } from "react";
import { Controller, useFieldArray, useForm, type Control, type FieldErrors } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useLocale, useTranslations } from "next-intl";
import { Plus, X } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { formatPartialDate } from "@/lib/format/partial-date";
import { FieldFrame, TEXTAREA_CLASS } from "@/features/editing/field-frame";
import { PartialDateInput } from "@/features/editing/partial-date-input";
import { EMPTY_PARTIAL_DATE, partialDateSchema, toPartialDateInput } from "@/features/editing/partial-date-value";
import { RecordPicker } from "@/features/editing/record-picker";
import { suggestSlug } from "@/features/editing/slug";
import { useErrorText } from "@/features/editing/use-error-text";
import { useRecordForm, type FormRecord } from "@/features/editing/use-nested-record-form";
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
  const tCommon = useTranslations("common");
  const locale = useLocale();
  const errorText = useErrorText();
  const creating = record.id === null;
  const form = useForm<ProposalFormValues>({ resolver: zodResolver(proposalFormSchema), defaultValues: record.values });
  const { control } = form;
  const slugEdited = useRef(!creating);
  const versions = useFieldArray({ control, name: "versions" });

  const label = (f: ProposalField) => t(`proposal.fields.${f}`);
  const versionText = (v: ProposalVersionValues) => {
    const date = partialDateSchema.safeParse(v.presented);
    const when = date.success ? formatPartialDate(toPartialDateInput(date.data), locale, tCommon("dateUnknown")) : "";
    return [`${v.number}. ${v.label} (${when})`, ...v.points.map((p) => `  ${p.number}. ${p.text}`)].join("\n");
  };
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
  const id = record.id;
  const editor = useRecordForm({
    form,
    record,
    draftId: id ?? "new-proposal",
    draftSchema: proposalDraftSchema,
    fields: PROPOSAL_FIELDS,
    save: (values, version) => (id ? updateProposal(id, version, values) : createProposal(values)),
    describe,
    label,
    nestedField: proposalFieldOf,
    submitLabel: creating ? t("proposal.create") : undefined,
  });
  const errors = form.formState.errors;
  const error = (f: ProposalField) => errorText(errors[f]?.message);

  return (
    <div className="space-y-6">
      {editor.conflictView}
      {editor.notices}
      <form
        onSubmit={editor.onSubmit}
        noValidate
        className="space-y-6"
        aria-label={creating ? t("proposal.newTitle") : t("proposal.editTitle")}
        hidden={editor.hidden}
        data-ready={editor.ready || undefined}
      >
        {editor.formErrorNode}
        <FieldFrame id="proposal-title" label={label("title")} error={error("title")}>
          {(ids) => (
            <Controller
              control={control}
              name="title"
              render={({ field }) => (
                <Input
                  {...field}
                  id={ids.id}
                  aria-invalid={ids.invalid || undefined}
                  aria-describedby={ids.describedBy}
                  onChange={(e) => {
                    field.onChange(e);
                    if (!slugEdited.current) form.setValue("slug", suggestSlug(e.target.value), { shouldDirty: true });
                  }}
                />
              )}
            />
          )}
        </FieldFrame>
        {creating ? (
          <FieldFrame id="proposal-slug" label={label("slug")} error={error("slug")} hint={t("slugHint")}>
            {(ids) => (
              <Controller
                control={control}
                name="slug"
                render={({ field }) => (
                  <Input
                    {...field}
                    id={ids.id}
                    aria-invalid={ids.invalid || undefined}
                    aria-describedby={ids.describedBy}
                    onChange={(e) => {
                      slugEdited.current = true;
                      field.onChange(e);
                    }}
                  />
                )}
              />
            )}
          </FieldFrame>
        ) : null}
        <FieldFrame id="proposal-author" label={label("authorParty")} optional error={error("authorParty")}>
          {(ids) => (
            <Controller
              control={control}
              name="authorParty"
              render={({ field }) => (
                <RecordPicker
                  id={ids.id}
                  kind="party"
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
        <FieldFrame id="proposal-description" label={label("description")} optional error={error("description")}>
          {(ids) => (
            <Controller
              control={control}
              name="description"
              render={({ field }) => (
                <textarea {...field} id={ids.id} className={TEXTAREA_CLASS} aria-invalid={ids.invalid || undefined} aria-describedby={ids.describedBy} />
              )}
            />
          )}
        </FieldFrame>

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
            <VersionFields key={item.id} control={control} index={index} errors={errors} onRemove={() => versions.remove(index)} errorText={errorText} />
          ))}
        </section>
        {editor.actions}
      </form>
    </div>
  );
}

interface VersionFieldsProps {
  control: Control<ProposalFormValues>;
  index: number;
  errors: FieldErrors<ProposalFormValues>;
  onRemove: () => void;
  errorText: (m: string | undefined) => string | undefined;
}

function VersionFields({ control, index, errors, onRemove, errorText }: VersionFieldsProps) {
  const t = useTranslations("talks");
  const points = useFieldArray({ control, name: `versions.${index}.points` });
  const e = errors.versions?.[index];
  const prefix = `version-${index}`;
  const vLabel = (f: "number" | "label" | "presented" | "round" | "summary" | "pointCount" | "pointCountNote") => t(`proposal.version.${f}`);
  return (
    <fieldset className="space-y-4 rounded-lg border p-4" data-testid={`proposal-version-${index}`}>
      <legend className="px-1 text-sm font-semibold">{t("proposal.versionLegend", { number: index + 1 })}</legend>
      <div className="grid gap-4 md:grid-cols-[6rem_1fr_auto]">
        <FieldFrame id={`${prefix}-number`} label={vLabel("number")} error={errorText(e?.number?.message)}>
          {(ids) => (
            <Controller
              control={control}
              name={`versions.${index}.number`}
              render={({ field }) => (
                <Input {...field} id={ids.id} inputMode="numeric" aria-invalid={ids.invalid || undefined} aria-describedby={ids.describedBy} />
              )}
            />
          )}
        </FieldFrame>
        <FieldFrame id={`${prefix}-label`} label={vLabel("label")} error={errorText(e?.label?.message)}>
          {(ids) => (
            <Controller
              control={control}
              name={`versions.${index}.label`}
              render={({ field }) => <Input {...field} id={ids.id} aria-invalid={ids.invalid || undefined} aria-describedby={ids.describedBy} />}
            />
          )}
        </FieldFrame>
        <div className="flex items-end">
          <Button type="button" variant="ghost" className="text-destructive" onClick={onRemove}>
            <X aria-hidden />
            {t("proposal.removeVersion")}
          </Button>
        </div>
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <Controller
          control={control}
          name={`versions.${index}.presented`}
          render={({ field }) => (
            <PartialDateInput
              id={`${prefix}-presented`}
              legend={vLabel("presented")}
              value={field.value}
              onChange={field.onChange}
              errors={{
                precision: e?.presented?.message,
                year: e?.presented?.year?.message,
                month: e?.presented?.month?.message,
                day: e?.presented?.day?.message,
              }}
            />
          )}
        />
        <FieldFrame id={`${prefix}-round`} label={vLabel("round")} optional error={errorText(e?.round?.message)}>
          {(ids) => (
            <Controller
              control={control}
              name={`versions.${index}.round`}
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
      </div>
      <FieldFrame id={`${prefix}-summary`} label={vLabel("summary")} optional error={errorText(e?.summary?.message)}>
        {(ids) => (
          <Controller
            control={control}
            name={`versions.${index}.summary`}
            render={({ field }) => (
              <textarea {...field} id={ids.id} className={TEXTAREA_CLASS} aria-invalid={ids.invalid || undefined} aria-describedby={ids.describedBy} />
            )}
          />
        )}
      </FieldFrame>
      <div className="grid gap-4 md:grid-cols-[8rem_1fr]">
        <FieldFrame id={`${prefix}-point-count`} label={vLabel("pointCount")} optional error={errorText(e?.pointCount?.message)}>
          {(ids) => (
            <Controller
              control={control}
              name={`versions.${index}.pointCount`}
              render={({ field }) => (
                <Input {...field} id={ids.id} inputMode="numeric" aria-invalid={ids.invalid || undefined} aria-describedby={ids.describedBy} />
              )}
            />
          )}
        </FieldFrame>
        <FieldFrame
          id={`${prefix}-point-count-note`}
          label={vLabel("pointCountNote")}
          optional
          error={errorText(e?.pointCountNote?.message)}
          hint={t("proposal.pointCountNoteHint")}
        >
          {(ids) => (
            <Controller
              control={control}
              name={`versions.${index}.pointCountNote`}
              render={({ field }) => <Input {...field} id={ids.id} aria-invalid={ids.invalid || undefined} aria-describedby={ids.describedBy} />}
            />
          )}
        </FieldFrame>
      </div>
      <div className="space-y-3">
        <h3 className="text-sm font-medium">{t("proposal.points")}</h3>
        {points.fields.length === 0 ? <p className="text-sm text-muted-foreground">{t("proposal.noPoints")}</p> : null}
        <ol className="space-y-3">
          {points.fields.map((point, p) => {
            const pe = e?.points?.[p];
            const pid = `${prefix}-point-${p}`;
            return (
              <li key={point.id} className="grid gap-3 rounded-md border p-3 md:grid-cols-[5rem_1fr]" data-testid={pid}>
                <FieldFrame id={`${pid}-number`} label={t("proposal.point.number")} error={errorText(pe?.number?.message)}>
                  {(ids) => (
                    <Controller
                      control={control}
                      name={`versions.${index}.points.${p}.number`}
                      render={({ field }) => (
                        <Input {...field} id={ids.id} inputMode="numeric" aria-invalid={ids.invalid || undefined} aria-describedby={ids.describedBy} />
                      )}
                    />
                  )}
                </FieldFrame>
                <div className="space-y-3">
                  <FieldFrame id={`${pid}-text`} label={t("proposal.point.text")} error={errorText(pe?.text?.message)}>
                    {(ids) => (
                      <Controller
                        control={control}
                        name={`versions.${index}.points.${p}.text`}
                        render={({ field }) => (
                          <textarea
                            {...field}
                            id={ids.id}
                            className={`${TEXTAREA_CLASS} min-h-16`}
                            aria-invalid={ids.invalid || undefined}
                            aria-describedby={ids.describedBy}
                          />
                        )}
                      />
                    )}
                  </FieldFrame>
                  <div className="flex flex-wrap items-end gap-3">
                    <div className="min-w-64 flex-1">
                      <FieldFrame id={`${pid}-topic`} label={t("proposal.point.topic")} optional error={errorText(pe?.topic?.message)}>
                        {(ids) => (
                          <Controller
                            control={control}
                            name={`versions.${index}.points.${p}.topic`}
                            render={({ field }) => (
                              <RecordPicker
                                id={ids.id}
                                kind="topic"
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
