"use client";
// The panel's field building blocks, bound to its form through react-hook-form's context, so each
// target's module lists only which fields it shows. Ids are `passage-<field>`; errors (message keys or
// the API's worded refusal) sit under the field and are tied to it.
import { Controller, useFormContext, type FieldPath } from "react-hook-form";
import { useTranslations } from "next-intl";
import { FieldFrame } from "@/features/editing/field-frame";
import { SelectField, TextAreaField, TextField } from "@/features/editing/form-fields";
import { useErrorText } from "@/features/editing/use-error-text";
import { PartialDateInput } from "@/features/editing/partial-date-input";
import { RecordPicker } from "@/features/editing/record-picker";
import type { PickKind } from "@/features/editing/pick-option";
import type { PassageValues } from "./passage-schema";

type FieldsOf<T> = { [K in keyof PassageValues]: PassageValues[K] extends T ? K : never }[keyof PassageValues];
type PickField = FieldsOf<PassageValues["party"]>;
type DateField = FieldsOf<PassageValues["stated"]>;
type TextName = FieldsOf<string> & FieldPath<PassageValues>;

const idOf = (name: string) => `passage-${name}`;

function useFieldError(name: keyof PassageValues): string | undefined {
  const { formState, getFieldState } = useFormContext<PassageValues>();
  const errorText = useErrorText();
  return errorText(getFieldState(name, formState).error?.message);
}

export function PassagePicker({ name, kind, label, optional = false }: { name: PickField; kind: PickKind; label: string; optional?: boolean }) {
  const { control } = useFormContext<PassageValues>();
  const error = useFieldError(name);
  const id = idOf(name);
  return (
    <FieldFrame id={id} label={label} optional={optional} error={error}>
      <Controller
        control={control}
        name={name}
        render={({ field }) => (
          <RecordPicker
            id={id}
            kind={kind}
            value={field.value}
            onChange={field.onChange}
            clearable={optional}
            invalid={Boolean(error)}
            describedBy={error ? `${id}-error` : undefined}
          />
        )}
      />
    </FieldFrame>
  );
}

export function PassageText({
  name,
  label,
  optional = false,
  multiline = false,
  hint,
}: {
  name: TextName;
  label: string;
  optional?: boolean;
  multiline?: boolean;
  hint?: string;
}) {
  const form = useFormContext<PassageValues>();
  const Field = multiline ? TextAreaField : TextField;
  return <Field form={form} name={name} id={idOf(name)} label={label} optional={optional} hint={hint} />;
}

/** A choice among an API enum's values, worded by the `enums` messages. */
export function PassageSelect({ name, label, enumName, values }: { name: TextName; label: string; enumName: string; values: readonly string[] }) {
  const form = useFormContext<PassageValues>();
  const tEnums = useTranslations("enums");
  return <SelectField form={form} name={name} id={idOf(name)} label={label} options={values.map((v) => ({ value: v, label: tEnums(`${enumName}.${v}`) }))} />;
}

export function PassageDate({ name, legend }: { name: DateField; legend: string }) {
  const { control, formState } = useFormContext<PassageValues>();
  const errors = formState.errors[name];
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <PartialDateInput
          id={idOf(name)}
          legend={legend}
          value={field.value}
          onChange={field.onChange}
          errors={{ precision: errors?.message, year: errors?.year?.message, month: errors?.month?.message, day: errors?.day?.message }}
        />
      )}
    />
  );
}
