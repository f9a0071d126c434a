"use client";
// Labelled inputs for catalog forms, bound to react-hook-form as controlled inputs (so the server's HTML
// already shows the stored values): the label, an optional hint, and the
// error (a message key under `editing.errors`, or the API's worded refusal) tied to the input.
import type { ReactNode } from "react";
import { Controller, type FieldValues, type Path, type UseFormReturn } from "react-hook-form";
import { useTranslations } from "next-intl";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";

export const textareaClass =
  "min-h-24 w-full rounded-md border bg-transparent px-3 py-2 text-sm shadow-xs outline-none focus-visible:border-ring focus-visible:ring-[3px] focus-visible:ring-ring/50 aria-invalid:border-destructive";

/** An error message in the editor's language: a known key, or the API's text as it came. */
export function useErrorText(): (message: string | undefined) => string | undefined {
  const t = useTranslations("editing");
  const tRecords = useTranslations("records");
  return (m) => (m === undefined ? undefined : tRecords.has(`errors.${m}`) ? tRecords(`errors.${m}`) : t.has(`errors.${m}`) ? t(`errors.${m}`) : m);
}

interface FieldProps<V extends FieldValues> {
  form: UseFormReturn<V>;
  name: Path<V>;
  label: string;
  hint?: ReactNode;
  optional?: boolean;
  /** The input's id; defaults to the field's name. */
  id?: string;
}

function fieldErrorOf<V extends FieldValues>(form: UseFormReturn<V>, name: Path<V>): string | undefined {
  const error = form.getFieldState(name, form.formState).error;
  return error?.message;
}

export function FieldFrame({
  id,
  label,
  optional,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  optional?: boolean;
  hint?: ReactNode;
  error?: string;
  children: ReactNode;
}) {
  const t = useTranslations("editing");
  return (
    <div className="min-w-0 space-y-2">
      <Label htmlFor={id}>
        {label}
        {optional ? <span className="font-normal text-muted-foreground"> {t("optional")}</span> : null}
      </Label>
      {children}
      {error ? (
        <p id={`${id}-error`} className="text-sm text-destructive">
          {error}
        </p>
      ) : hint ? (
        <p id={`${id}-hint`} className="text-xs text-muted-foreground">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

const describedBy = (id: string, error: string | undefined, hint: ReactNode) => (error ? `${id}-error` : hint ? `${id}-hint` : undefined);

export function TextField<V extends FieldValues>({
  form,
  name,
  label,
  hint,
  optional,
  id = name,
  type = "text",
  maxLength,
}: FieldProps<V> & { type?: "text" | "url"; maxLength?: number }) {
  const error = useErrorText()(fieldErrorOf(form, name));
  return (
    <FieldFrame id={id} label={label} optional={optional} hint={hint} error={error}>
      <Controller
        control={form.control}
        name={name}
        render={({ field }) => (
          <Input
            id={id}
            type={type}
            maxLength={maxLength}
            aria-invalid={Boolean(error) || undefined}
            aria-describedby={describedBy(id, error, hint)}
            {...field}
            value={typeof field.value === "string" ? field.value : ""}
          />
        )}
      />
    </FieldFrame>
  );
}

export function TextAreaField<V extends FieldValues>({ form, name, label, hint, optional, id = name, maxLength }: FieldProps<V> & { maxLength?: number }) {
  const error = useErrorText()(fieldErrorOf(form, name));
  return (
    <FieldFrame id={id} label={label} optional={optional} hint={hint} error={error}>
      <Controller
        control={form.control}
        name={name}
        render={({ field }) => (
          <textarea
            id={id}
            className={textareaClass}
            maxLength={maxLength}
            aria-invalid={Boolean(error) || undefined}
            aria-describedby={describedBy(id, error, hint)}
            {...field}
            value={typeof field.value === "string" ? field.value : ""}
          />
        )}
      />
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
}: FieldProps<V> & { options: { value: string; label: string }[] }) {
  const error = useErrorText()(fieldErrorOf(form, name));
  return (
    <FieldFrame id={id} label={label} optional={optional} hint={hint} error={error}>
      <Controller
        control={form.control}
        name={name}
        render={({ field }) => (
          <NativeSelect
            id={id}
            aria-invalid={Boolean(error) || undefined}
            aria-describedby={describedBy(id, error, hint)}
            name={field.name}
            value={typeof field.value === "string" ? field.value : ""}
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
    </FieldFrame>
  );
}
