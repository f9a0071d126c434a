"use client";
// Create or edit a round: title, process and number, status and format, dates as precise as the
// sources give them, venue, who takes part (with their role), the agenda, summary and outcome.
import { Controller, useWatch, type Path } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { X } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { enumValues } from "@/lib/format/enums";
import { DateField, SelectField, TextAreaField, TextField } from "@/features/editing/form-fields";
import { RecordFormShell } from "@/features/editing/record-form-shell";
import type { FormRecord } from "@/features/editing/record-save";
import { RecordPicker } from "@/features/editing/record-picker";
import { useDescribe } from "@/features/editing/use-describe";
import { useErrorText } from "@/features/editing/use-error-text";
import { useRecordForm } from "@/features/editing/use-record-form";
import { useSlugSuggestion } from "@/features/editing/use-slug-suggestion";
import { PARTICIPANT_ROLES, ROUND_FORMATS } from "./round-enums";
import { createRound, updateRound } from "./actions";
import { ROUND_FIELDS, roundDraftSchema, roundFormSchema, type RoundField, type RoundFormValues } from "./round-form-schema";
import type { ProcessChoice } from "./round-record";

export function RoundForm({ record, processes }: { record: FormRecord<RoundFormValues>; processes: ProcessChoice[] }) {
  const t = useTranslations("talks");
  const tEnums = useTranslations("enums");
  const errorText = useErrorText();
  const words = useDescribe();
  const { id, values: initial } = record;
  const creating = id === null;
  const state = useRecordForm({
    draftId: id ?? "new-round",
    record,
    defaults: record.values,
    resolver: zodResolver(roundFormSchema),
    draftSchema: roundDraftSchema,
    fields: ROUND_FIELDS,
    save: (values, version) => (id ? updateRound(id, initial.slug, version, values) : createRound(values)),
    focusTarget: (f): Path<RoundFormValues> => (f === "start" ? "start.year" : f === "end" ? "end.year" : f),
  });
  const { form } = state;
  const { control } = form;
  const title = useWatch({ control, name: "title" });
  useSlugSuggestion(title, creating && !form.getFieldState("slug", form.formState).isTouched, (slug) => form.setValue("slug", slug, { shouldDirty: true }));
  const errors = form.formState.errors;
  const error = (f: RoundField) => errorText(errors[f]?.message);
  const label = (f: RoundField) => t(`round.fields.${f}`);
  const describe = (v: RoundFormValues, f: RoundField): string => {
    switch (f) {
      case "start":
      case "end":
        return words.date(v[f]);
      case "process":
        return processes.find((p) => p.id === v.process)?.name ?? "";
      case "roundStatus":
        return tEnums(`RoundStatus.${v.roundStatus}`);
      case "format":
        return tEnums(`RoundFormat.${v.format}`);
      case "agenda":
        return words.names(v.agenda);
      case "participants":
        return v.participants.map((p) => `${p.party.label} (${tEnums(`ParticipantRole.${p.role}`)})`).join("\n");
      default:
        return v[f];
    }
  };
  const text = (name: "title" | "venue" | "city", optional = true) => (
    <TextField form={form} name={name} id={`round-${name}`} label={label(name)} optional={optional} />
  );

  return (
    <RecordFormShell
      state={state}
      label={creating ? t("round.newTitle") : t("round.editTitle")}
      fieldLabel={label}
      describe={describe}
      submitLabel={creating ? t("round.create") : undefined}
    >
      {text("title", false)}
      {creating ? <TextField form={form} name="slug" id="round-slug" label={label("slug")} hint={t("slugHint")} /> : null}
      <div className="grid gap-6 md:grid-cols-2">
        <SelectField
          form={form}
          name="process"
          id="round-process"
          label={label("process")}
          optional
          options={[{ value: "", label: t("round.noProcess") }, ...processes.map((p) => ({ value: p.id, label: p.name }))]}
        />
        <TextField form={form} name="sequence" id="round-sequence" label={label("sequence")} optional hint={t("round.sequenceHint")} className="w-24" />
        <SelectField
          form={form}
          name="roundStatus"
          id="round-roundStatus"
          label={label("roundStatus")}
          options={enumValues.RoundStatus.map((v) => ({ value: v, label: tEnums(`RoundStatus.${v}`) }))}
        />
        <SelectField
          form={form}
          name="format"
          id="round-format"
          label={label("format")}
          options={ROUND_FORMATS.map((v) => ({ value: v, label: tEnums(`RoundFormat.${v}`) }))}
        />
      </div>
      <div className="grid gap-6 md:grid-cols-2">
        <DateField form={form} name="start" id="round-start" label={label("start")} />
        <DateField form={form} name="end" id="round-end" label={label("end")} />
      </div>
      <div className="grid gap-6 md:grid-cols-3">
        {text("venue")}
        {text("city")}
        <TextField form={form} name="country" id="round-country" label={label("country")} optional hint={t("round.countryHint")} className="w-20 uppercase" />
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
        <TextAreaField key={name} form={form} name={name} id={`round-${name}`} label={label(name)} optional />
      ))}
    </RecordFormShell>
  );
}
