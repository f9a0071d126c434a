"use client";
// Labelled inputs for every record form, bound to react-hook-form as controlled inputs (so the server's
// HTML already shows the stored values): the label, an optional hint, and the error (a message key, or
// the API's worded refusal) tied to the input. Names may be nested ("versions.0.label").
import type { ReactNode } from "react";
import { Controller, type FieldValues, type Path, type UseFormReturn } from "react-hook-form";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { cn } from "@/lib/utils";
import { FieldFrame, TEXTAREA_CLASS } from "./field-frame";
import { PartialDateInput } from "./partial-date-input";
import { EMPTY_PARTIAL_DATE, partialDateFieldsSchema, type PartialDateFields } from "./partial-date-value";
import { pickOptionSchema, type PickKind, type PickOption } from "./pick-option";
import { QuoteListField } from "./quote-list-field";
import { RecordPicker } from "./record-picker";
import { useErrorText } from "./use-error-text";

interface FieldProps<V extends FieldValues> {
  form: UseFormReturn<V>;
  name: Path<V>;
  label: string;
  hint?: ReactNode;
  optional?: boolean;
  /** The input's id; defaults to the field's name. */
  id?: string;
}

/** The field's error in words (its own, or the first of its parts', as for a list). */
function useFieldError<V extends FieldValues>(form: UseFormReturn<V>, name: Path<V>): string | undefined {
  const errorText = useErrorText();
  const error = form.getFieldState(name, form.formState).error;
  return errorText(error?.message ?? error?.root?.message);
}

const asText = (value: unknown): string => (typeof value === "string" ? value : "");
const isOption = (value: unknown): value is PickOption => pickOptionSchema.safeParse(value).success;
const asOption = (value: unknown): PickOption | null => (isOption(value) ? value : null);
const asOptions = (value: unknown): PickOption[] => (Array.isArray(value) ? value.filter(isOption) : []);
const isDate = (value: unknown): value is PartialDateFields => partialDateFieldsSchema.safeParse(value).success;

interface TextProps {
  maxLength?: number;
  className?: string;
  /** Called after the value changes (a slug following a title, say). */
  onValueChange?: (value: string) => void;
}

export function TextField<V extends FieldValues>({
  form,
  name,
  label,
  hint,
  optional,
  id = name,
  type = "text",
  maxLength,
  inputMode,
  className,
  onValueChange,
}: FieldProps<V> & TextProps & { type?: "text" | "url"; inputMode?: "numeric" }) {
  const error = useFieldError(form, name);
  return (
    <FieldFrame id={id} label={label} optional={optional} hint={hint} error={error}>
      {(ids) => (
        <Controller
          control={form.control}
          name={name}
          render={({ field }) => (
            <Input
              {...field}
              id={ids.id}
              type={type}
              inputMode={inputMode}
              maxLength={maxLength}
              className={className}
              aria-invalid={ids.invalid || undefined}
              aria-describedby={ids.describedBy}
              value={asText(field.value)}
              onChange={(e) => {
                field.onChange(e);
                onValueChange?.(e.target.value);
              }}
            />
          )}
        />
      )}
    </FieldFrame>
  );
}

export function TextAreaField<V extends FieldValues>({
  form,
  name,
  label,
  hint,
  optional,
  id = name,
  maxLength,
  className,
  onValueChange,
}: FieldProps<V> & TextProps) {
  const error = useFieldError(form, name);
  return (
    <FieldFrame id={id} label={label} optional={optional} hint={hint} error={error}>
      {(ids) => (
        <Controller
          control={form.control}
          name={name}
          render={({ field }) => (
            <textarea
              {...field}
              id={ids.id}
              className={cn(TEXTAREA_CLASS, className)}
              maxLength={maxLength}
              aria-invalid={ids.invalid || undefined}
              aria-describedby={ids.describedBy}
              value={asText(field.value)}
              onChange={(e) => {
                field.onChange(e);
                onValueChange?.(e.target.value);
              }}
            />
          )}
        />
      )}
    </FieldFrame>
  );
}

export function SelectField<V extends FieldValues>({
  form,
  name,
  label,
  hint,
  optional,
  id = name,
  options,
}: FieldProps<V> & { options: readonly { value: string; label: string }[] }) {
  const error = useFieldError(form, name);
  return (
    <FieldFrame id={id} label={label} optional={optional} hint={hint} error={error}>
      {(ids) => (
        <Controller
          control={form.control}
          name={name}
          render={({ field }) => (
            <NativeSelect
              id={ids.id}
              aria-invalid={ids.invalid || undefined}
              aria-describedby={ids.describedBy}
              name={field.name}
              value={asText(field.value)}
              onChange={(e) => field.onChange(e.target.value)}
              onBlur={field.onBlur}
              ref={field.ref}
            >
              {options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </NativeSelect>
          )}
        />
      )}
    </FieldFrame>
  );
}

/** One related record, searched as you type. An optional one can be cleared; a required one only replaced. */
export function PickerField<V extends FieldValues>({
  form,
  name,
  label,
  hint,
  optional,
  id = `${name}-picker`,
  kind,
  creatable,
}: FieldProps<V> & { kind: PickKind; creatable?: boolean }) {
  const error = useFieldError(form, name);
  return (
    <FieldFrame id={id} label={label} optional={optional} hint={hint} error={error}>
      {(ids) => (
        <Controller
          control={form.control}
          name={name}
          render={({ field }) => (
            <RecordPicker
              id={ids.id}
              kind={kind}
              value={asOption(field.value)}
              onChange={(v) => (optional || v ? field.onChange(v) : undefined)}
              clearable={optional}
              creatable={creatable}
              invalid={ids.invalid}
              describedBy={ids.describedBy}
            />
          )}
        />
      )}
    </FieldFrame>
  );
}

/** A date as precise as the source; each part's error sits under the date. */
export function DateField<V extends FieldValues>({ form, name, label, id = name }: Omit<FieldProps<V>, "hint" | "optional">) {
  const part = (p: keyof PartialDateFields) => form.getFieldState(`${name}.${p}` as Path<V>, form.formState).error?.message;
  const whole = form.getFieldState(name, form.formState).error?.message;
  return (
    <Controller
      control={form.control}
      name={name}
      render={({ field }) => (
        <PartialDateInput
          id={id}
          legend={label}
          value={isDate(field.value) ? field.value : EMPTY_PARTIAL_DATE}
          onChange={field.onChange}
          errors={{ precision: whole, year: part("year"), month: part("month"), day: part("day") }}
        />
      )}
    />
  );
}

/** The quotes behind a record: each can be removed, more are found by words of their article. */
export function QuotesField<V extends FieldValues>({ form, name, label, id = "quote-picker" }: Omit<FieldProps<V>, "hint" | "optional">) {
  const error = useFieldError(form, name);
  return (
    <Controller
      control={form.control}
      name={name}
      render={({ field }) => <QuoteListField id={id} legend={label} value={asOptions(field.value)} onChange={field.onChange} error={error} />}
    />
  );
}
