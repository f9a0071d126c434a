"use client";
// A person's roles over time, as a list the editor adds to and removes from: what the role is, for
// which party (found as you type, or created there), from and until when, and the quote stating it.
import { Controller, useFieldArray, type UseFormReturn } from "react-hook-form";
import { useTranslations } from "next-intl";
import { Plus, X } from "lucide-react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/features/editing/form-fields";
import { FieldFrame } from "@/features/editing/field-frame";
import { useErrorText } from "@/features/editing/use-error-text";
import { PartialDateInput } from "@/features/editing/partial-date-input";
import { EMPTY_PARTIAL_DATE } from "@/features/editing/partial-date-value";
import { RecordPicker } from "@/features/editing/record-picker";
import type { PersonFormValues } from "./person-form-schema";

export function PersonRolesField({ form }: { form: UseFormReturn<PersonFormValues> }) {
  const t = useTranslations("records");
  const errorText = useErrorText();
  const { fields, append, remove } = useFieldArray({ control: form.control, name: "roles" });
  const rolesError = errorText(form.formState.errors.roles?.message ?? form.formState.errors.roles?.root?.message);
  return (
    <fieldset className="space-y-3" aria-describedby={rolesError ? "roles-error" : undefined}>
      <legend className="text-sm font-medium">{t("fields.roles")}</legend>
      {fields.length === 0 ? <p className="text-sm text-muted-foreground">{t("roles.empty")}</p> : null}
      <ol className="space-y-3">
        {fields.map((row, index) => {
          const errors = form.formState.errors.roles?.[index];
          const dateErrors = (part: "start" | "end") => ({
            year: errors?.[part]?.year?.message,
            month: errors?.[part]?.month?.message,
            day: errors?.[part]?.day?.message,
          });
          const title = form.getValues(`roles.${index}.title`);
          return (
            <li key={row.id} className="space-y-4 rounded-md border p-3" data-testid="role-row">
              <div className="flex items-center justify-between gap-2">
                <h3 className="text-sm font-semibold">{t("roles.legend", { number: index + 1 })}</h3>
                <Button type="button" variant="ghost" size="icon" aria-label={t("roles.remove", { title: title || index + 1 })} onClick={() => remove(index)}>
                  <X aria-hidden />
                </Button>
              </div>
              <div className="grid gap-4 md:grid-cols-2">
                <TextField form={form} name={`roles.${index}.title`} id={`role-${index}-title`} label={t("fields.roleTitle")} />
                <Controller
                  control={form.control}
                  name={`roles.${index}.party`}
                  render={({ field }) => (
                    <FieldFrame id={`role-${index}-party`} label={t("fields.roleParty")} optional>
                      <RecordPicker id={`role-${index}-party`} kind="party" value={field.value} onChange={field.onChange} clearable />
                    </FieldFrame>
                  )}
                />
              </div>
              <div className="grid gap-4 md:grid-cols-2">
                {(["start", "end"] as const).map((part) => (
                  <Controller
                    key={part}
                    control={form.control}
                    name={`roles.${index}.${part}`}
                    render={({ field }) => (
                      <PartialDateInput
                        id={`role-${index}-${part}`}
                        legend={t(`fields.${part}`)}
                        value={field.value}
                        onChange={field.onChange}
                        errors={dateErrors(part)}
                      />
                    )}
                  />
                ))}
              </div>
              <Controller
                control={form.control}
                name={`roles.${index}.evidence`}
                render={({ field }) => (
                  <FieldFrame id={`role-${index}-evidence`} label={t("fields.evidence")} optional>
                    <RecordPicker id={`role-${index}-evidence`} kind="quote" value={field.value} onChange={field.onChange} clearable />
                  </FieldFrame>
                )}
              />
            </li>
          );
        })}
      </ol>
      {rolesError ? (
        <p id="roles-error" className="text-sm text-destructive">
          {rolesError}
        </p>
      ) : null}
      <Button
        type="button"
        variant="outline"
        size="sm"
        onClick={() => append({ title: "", party: null, start: EMPTY_PARTIAL_DATE, end: EMPTY_PARTIAL_DATE, evidence: null }, { shouldFocus: true })}
      >
        <Plus aria-hidden />
        {t("roles.add")}
      </Button>
    </fieldset>
  );
}
