"use client";
// Create or edit a round: title, process and number, status and format, dates as precise as the
// sources give them, venue, who takes part (with their role), the agenda, summary and outcome.
import { useRef } from "react";
import { Controller, useForm, type Path } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useLocale, useTranslations } from "next-intl";
import { X } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { enumValues } from "@/lib/format/enums";
import { PARTICIPANT_ROLES, ROUND_FORMATS } from "./round-enums";
import { formatPartialDate } from "@/lib/format/partial-date";
import { FieldFrame, TEXTAREA_CLASS } from "@/features/editing/field-frame";
import { PartialDateInput } from "@/features/editing/partial-date-input";
import { partialDateSchema, toPartialDateInput, type PartialDateFields } from "@/features/editing/partial-date-value";
import { RecordPicker } from "@/features/editing/record-picker";
import { suggestSlug } from "@/features/editing/slug";
import { useErrorText } from "@/features/editing/use-error-text";
import { useRecordForm, type FormRecord } from "@/features/editing/use-nested-record-form";
import { createRound, updateRound } from "./actions";
import { ROUND_FIELDS, roundDraftSchema, roundFormSchema, type RoundField, type RoundFormValues } from "./round-form-schema";
import type { ProcessChoice } from "./round-record";

type TextField = "title" | "venue" | "city" | "country" | "sequence";

export function RoundForm({ record, processes }: { record: FormRecord<RoundFormValues>; processes: ProcessChoice[] }) {
  const t = useTranslations("talks");
  const tCommon = useTranslations("common");
  const tEnums = useTranslations("enums");
  const locale = useLocale();
  const errorText = useErrorText();
  const creating = record.id === null;
  const form = useForm<RoundFormValues>({ resolver: zodResolver(roundFormSchema), defaultValues: record.values });
  const { control } = form;
  const slugEdited = useRef(!creating);

  const dateText = (d: PartialDateFields) => {
    const parsed = partialDateSchema.safeParse(d);
    return parsed.success ? formatPartialDate(toPartialDateInput(parsed.data), locale, tCommon("dateUnknown")) : "";
  };
  const label = (f: RoundField) => t(`round.fields.${f}`);
  const describe = (v: RoundFormValues, f: RoundField): string => {
    switch (f) {
      case "start":
      case "end":
        return dateText(v[f]);
      case "process":
        return processes.find((p) => p.id === v.process)?.name ?? "";
      case "roundStatus":
        return tEnums(`RoundStatus.${v.roundStatus}`);
      case "format":
        return tEnums(`RoundFormat.${v.format}`);
      case "agenda":
        return v.agenda.map((a) => a.label).join("\n");
      case "participants":
        return v.participants.map((p) => `${p.party.label} (${tEnums(`ParticipantRole.${p.role}`)})`).join("\n");
      default:
        return v[f];
    }
  };
  const { id, values: initial } = record;
  const editor = useRecordForm({
    form,
    record,
    draftId: id ?? "new-round",
    draftSchema: roundDraftSchema,
    fields: ROUND_FIELDS,
    save: (values, version) => (id ? updateRound(id, initial.slug, version, values) : createRound(values)),
    describe,
    label,
    focusTarget: (f): Path<RoundFormValues> => (f === "start" || f === "end" ? `${f}.year` : f),
    submitLabel: creating ? t("round.create") : undefined,
  });
  const errors = form.formState.errors;
  const error = (f: RoundField) => errorText(errors[f]?.message);

  const textField = (name: TextField, options: { optional?: boolean; hint?: string; className?: string } = {}) => (
    <FieldFrame id={`round-${name}`} label={label(name)} optional={options.optional} error={error(name)} hint={options.hint}>
      {(ids) => (
        <Controller
          control={control}
          name={name}
          render={({ field }) => (
            <Input
              {...field}
              id={ids.id}
              className={options.className}
              aria-invalid={ids.invalid || undefined}
              aria-describedby={ids.describedBy}
              onChange={(e) => {
                field.onChange(e);
                if (name === "title" && !slugEdited.current) form.setValue("slug", suggestSlug(e.target.value), { shouldDirty: true });
              }}
            />
          )}
        />
      )}
    </FieldFrame>
  );

  const dateField = (name: "start" | "end") => (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <PartialDateInput
          id={`round-${name}`}
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
    <div className="space-y-6">
      {editor.conflictView}
      {editor.notices}
      <form
        onSubmit={editor.onSubmit}
        noValidate
        className="space-y-6"
        aria-label={creating ? t("round.newTitle") : t("round.editTitle")}
        hidden={editor.hidden}
        data-ready={editor.ready || undefined}
      >
        {editor.formErrorNode}
        {textField("title")}
        {creating ? (
          <FieldFrame id="round-slug" label={label("slug")} error={error("slug")} hint={t("slugHint")}>
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
        <div className="grid gap-6 md:grid-cols-2">
          <FieldFrame id="round-process" label={label("process")} optional error={error("process")}>
            {(ids) => (
              <Controller
                control={control}
                name="process"
                render={({ field }) => (
                  <NativeSelect {...field} id={ids.id} aria-invalid={ids.invalid || undefined} aria-describedby={ids.describedBy}>
                    <option value="">{t("round.noProcess")}</option>
                    {processes.map((p) => (
                      <option key={p.id} value={p.id}>
                        {p.name}
                      </option>
                    ))}
                  </NativeSelect>
                )}
              />
            )}
          </FieldFrame>
          {textField("sequence", { optional: true, hint: t("round.sequenceHint"), className: "w-24" })}
          {(["roundStatus", "format"] as const).map((name) => (
            <FieldFrame key={name} id={`round-${name}`} label={label(name)} error={error(name)}>
              {(ids) => (
                <Controller
                  control={control}
                  name={name}
                  render={({ field }) => (
                    <NativeSelect {...field} id={ids.id} aria-invalid={ids.invalid || undefined} aria-describedby={ids.describedBy}>
                      {(name === "roundStatus" ? enumValues.RoundStatus : ROUND_FORMATS).map((v) => (
                        <option key={v} value={v}>
                          {tEnums(`${name === "roundStatus" ? "RoundStatus" : "RoundFormat"}.${v}`)}
                        </option>
                      ))}
                    </NativeSelect>
                  )}
                />
              )}
            </FieldFrame>
          ))}
        </div>
        <div className="grid gap-6 md:grid-cols-2">
          {dateField("start")}
          {dateField("end")}
        </div>
        <div className="grid gap-6 md:grid-cols-3">
          {textField("venue", { optional: true })}
          {textField("city", { optional: true })}
          {textField("country", { optional: true, hint: t("round.countryHint"), className: "w-20 uppercase" })}
        </div>
        <Controller
          control={control}
          name="participants"
          render={({ field }) => (
            <fieldset className="space-y-2">
              <legend className="text-sm font-medium">{label("participants")}</legend>
              {field.value.length > 0 ? (
                <ul className="space-y-2" data-testid="participant-list">
                  {field.value.map((p, i) => (
                    <li key={p.party.id} className="flex flex-wrap items-center gap-2 rounded-md border px-3 py-2 text-sm">
                      <span className="min-w-0 flex-1 font-medium">{p.party.label}</span>
                      <Label htmlFor={`participant-role-${i}`} className="sr-only">
                        {t("round.roleOf", { party: p.party.label })}
                      </Label>
                      <NativeSelect
                        id={`participant-role-${i}`}
                        className="w-40"
                        value={p.role}
                        onChange={(e) => {
                          const role = PARTICIPANT_ROLES.find((r) => r === e.target.value) ?? p.role;
                          field.onChange(field.value.map((q, j) => (j === i ? { ...q, role } : q)));
                        }}
                      >
                        {PARTICIPANT_ROLES.map((r) => (
                          <option key={r} value={r}>
                            {tEnums(`ParticipantRole.${r}`)}
                          </option>
                        ))}
                      </NativeSelect>
                      <Button
                        type="button"
                        variant="ghost"
                        size="icon"
                        aria-label={t("round.removeParticipant", { party: p.party.label })}
                        onClick={() => field.onChange(field.value.filter((_, j) => j !== i))}
                      >
                        <X aria-hidden />
                      </Button>
                    </li>
                  ))}
                </ul>
              ) : null}
              <Label htmlFor="participant-picker" className="text-xs text-muted-foreground">
                {t("round.addParticipant")}
              </Label>
              <RecordPicker
                id="participant-picker"
                kind="party"
                value={null}
                onChange={(party) =>
                  party && !field.value.some((p) => p.party.id === party.id) && field.onChange([...field.value, { party, role: "PARTICIPANT" }])
                }
                invalid={Boolean(errors.participants)}
                describedBy={errors.participants ? "participants-error" : undefined}
              />
              {errors.participants ? (
                <p id="participants-error" className="text-sm text-destructive">
                  {error("participants")}
                </p>
              ) : null}
            </fieldset>
          )}
        />
        <Controller
          control={control}
          name="agenda"
          render={({ field }) => (
            <fieldset className="space-y-2">
              <legend className="text-sm font-medium">{label("agenda")}</legend>
              {field.value.length > 0 ? (
                <ul className="flex flex-wrap gap-2" data-testid="agenda-list">
                  {field.value.map((topic) => (
                    <li key={topic.id} className="flex items-center gap-1 rounded-full border py-0.5 pl-3 pr-1 text-sm">
                      {topic.label}
                      <Button
                        type="button"
                        variant="ghost"
                        size="icon"
                        className="size-7"
                        aria-label={t("round.removeTopic", { topic: topic.label })}
                        onClick={() => field.onChange(field.value.filter((a) => a.id !== topic.id))}
                      >
                        <X aria-hidden />
                      </Button>
                    </li>
                  ))}
                </ul>
              ) : null}
              <Label htmlFor="agenda-picker" className="text-xs text-muted-foreground">
                {t("round.addTopic")}
              </Label>
              <RecordPicker
                id="agenda-picker"
                kind="topic"
                value={null}
                onChange={(topic) => topic && !field.value.some((a) => a.id === topic.id) && field.onChange([...field.value, topic])}
                invalid={Boolean(errors.agenda)}
                describedBy={errors.agenda ? "agenda-error" : undefined}
              />
              {errors.agenda ? (
                <p id="agenda-error" className="text-sm text-destructive">
                  {error("agenda")}
                </p>
              ) : null}
            </fieldset>
          )}
        />
        {(["summary", "outcome"] as const).map((name) => (
          <FieldFrame key={name} id={`round-${name}`} label={label(name)} optional error={error(name)}>
            {(ids) => (
              <Controller
                control={control}
                name={name}
                render={({ field }) => (
                  <textarea {...field} id={ids.id} className={TEXTAREA_CLASS} aria-invalid={ids.invalid || undefined} aria-describedby={ids.describedBy} />
                )}
              />
            )}
          </FieldFrame>
        ))}
        {editor.actions}
      </form>
    </div>
  );
}
