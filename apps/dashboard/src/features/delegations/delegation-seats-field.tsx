"use client";
// A delegation's seats as a list: the delegate (found as you type, or created there), head, member or
// adviser, how certain the attendance is, and the quote naming them.
import { Controller, useFieldArray, type UseFormReturn } from "react-hook-form";
import { useTranslations } from "next-intl";
import { Plus, X } from "lucide-react";
import { Button } from "@/components/ui/button";
import { ATTENDANCES, DELEGATION_ROLES } from "@/features/editing/catalog-enums";
import { SelectField } from "@/features/editing/form-fields";
import { FieldFrame } from "@/features/editing/field-frame";
import { useErrorText } from "@/features/editing/use-error-text";
import { RecordPicker } from "@/features/editing/record-picker";
import type { DelegationFormValues } from "./delegation-form-schema";

export function DelegationSeatsField({ form }: { form: UseFormReturn<DelegationFormValues> }) {
  const t = useTranslations("records");
  const tEnums = useTranslations("enums");
  const errorText = useErrorText();
  const { fields, append, remove } = useFieldArray({ control: form.control, name: "members" });
  const seatsError = errorText(form.formState.errors.members?.message ?? form.formState.errors.members?.root?.message);
  return (
    <fieldset className="space-y-3" aria-describedby={seatsError ? "members-error" : undefined}>
      <legend className="text-sm font-medium">{t("fields.members")}</legend>
      {fields.length === 0 ? <p className="text-sm text-muted-foreground">{t("seats.empty")}</p> : null}
      <ol className="space-y-3">
        {fields.map((row, index) => (
          <li key={row.id} className="space-y-4 rounded-md border p-3" data-testid="seat-row">
            <div className="flex items-center justify-between gap-2">
              <h3 className="text-sm font-semibold">{t("seats.legend", { number: index + 1 })}</h3>
              <Button
                type="button"
                variant="ghost"
                size="icon"
                aria-label={t("seats.remove", { name: form.getValues(`members.${index}.person.label`) || index + 1 })}
                onClick={() => remove(index)}
              >
                <X aria-hidden />
              </Button>
            </div>
            <Controller
              control={form.control}
              name={`members.${index}.person`}
              render={({ field }) => (
                <FieldFrame id={`seat-${index}-person`} label={t("fields.person")}>
                  <RecordPicker id={`seat-${index}-person`} kind="person" value={field.value} onChange={(v) => v && field.onChange(v)} />
                </FieldFrame>
              )}
            />
            <div className="grid gap-4 md:grid-cols-2">
              <SelectField
                form={form}
                name={`members.${index}.role`}
                id={`seat-${index}-role`}
                label={t("fields.seatRole")}
                options={DELEGATION_ROLES.map((r) => ({ value: r, label: tEnums(`DelegationRole.${r}`) }))}
              />
              <SelectField
                form={form}
                name={`members.${index}.attendance`}
                id={`seat-${index}-attendance`}
                label={t("fields.attendance")}
                options={ATTENDANCES.map((a) => ({ value: a, label: tEnums(`Attendance.${a}`) }))}
              />
            </div>
            <Controller
              control={form.control}
              name={`members.${index}.evidence`}
              render={({ field }) => (
                <FieldFrame id={`seat-${index}-evidence`} label={t("fields.evidence")} optional>
                  <RecordPicker id={`seat-${index}-evidence`} kind="quote" value={field.value} onChange={field.onChange} clearable />
                </FieldFrame>
              )}
            />
          </li>
        ))}
      </ol>
      {seatsError ? (
        <p id="members-error" className="text-sm text-destructive">
          {seatsError}
        </p>
      ) : null}
      <SeatAdder label={t("seats.add")} onAdd={(person) => append({ person, role: "MEMBER", attendance: "REPORTED", evidence: null })} />
    </fieldset>
  );
}

/** A new seat starts from its delegate: pick (or create) the person, and the seat appears. */
function SeatAdder({ label, onAdd }: { label: string; onAdd: (person: { id: string; label: string }) => void }) {
  return (
    <div className="space-y-1">
      <label htmlFor="seat-new-person" className="flex items-center gap-1 text-xs text-muted-foreground">
        <Plus aria-hidden className="size-3" />
        {label}
      </label>
      <RecordPicker id="seat-new-person" kind="person" value={null} onChange={(p) => p && onAdd(p)} />
    </div>
  );
}
