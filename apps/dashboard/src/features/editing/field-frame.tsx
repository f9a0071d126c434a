"use client";
// One form field's frame: its label (with "optional" where it is), the control, and either its hint or
// its error (worded, linked to the control by aria-describedby through the ids it hands out).
import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { Label } from "@/components/ui/label";

export interface FieldIds {
  id: string;
  describedBy: string | undefined;
  invalid: boolean;
}

interface FieldFrameProps {
  id: string;
  label: string;
  optional?: boolean;
  hint?: ReactNode;
  error?: string;
  /** The control; as a function it gets the ids to link itself to the label, hint and error. */
  children: ReactNode | ((ids: FieldIds) => ReactNode);
}

export function FieldFrame({ id, label, optional = false, hint, error, children }: FieldFrameProps) {
  const t = useTranslations("editing");
  const describedBy = error ? `${id}-error` : hint ? `${id}-hint` : undefined;
  return (
    <div className="grid min-w-0 grid-cols-1 content-start gap-2">
      <Label htmlFor={id}>
        {label}
        {optional ? (
          <>
            {" "}
            <span className="font-normal text-muted-foreground">{t("optional")}</span>
          </>
        ) : null}
      </Label>
      {typeof children === "function" ? children({ id, describedBy, invalid: Boolean(error) }) : children}
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

export const TEXTAREA_CLASS =
  "min-h-24 w-full rounded-md border bg-transparent px-3 py-2 text-sm shadow-xs outline-none focus-visible:border-ring focus-visible:ring-[3px] focus-visible:ring-ring/50 aria-invalid:border-destructive";
