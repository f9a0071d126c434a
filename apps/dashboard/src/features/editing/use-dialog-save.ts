"use client";
// The submit half of a small editing dialog (a demand's status change, a round's date report): open state,
// the save through a server action, and its answer — saved: a toast, close, reset, refresh the page;
// refused: the message on the field the API names, else above the form.
import { useState, useTransition } from "react";
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { formFieldOf, type ActionResult } from "./action-result";

interface DialogSaveOptions<V extends FieldValues, F extends Path<V>> {
  form: UseFormReturn<V>;
  /** The form's fields, for placing an API refusal. */
  fields: readonly F[];
  save: (values: V) => Promise<ActionResult<unknown>>;
  /** The toast once saved. */
  savedMessage: string;
  /** What the form holds after a save: the saved values when correcting, blank ones when adding. */
  resetTo: (saved: V) => V;
  /** After every answer and on closing (e.g. leave a confirmation step). */
  onSettled?: () => void;
}

export function useDialogSave<V extends FieldValues, F extends Path<V>>({ form, fields, save, savedMessage, resetTo, onSettled }: DialogSaveOptions<V, F>) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const onOpenChange = (next: boolean) => {
    setOpen(next);
    if (!next) {
      setFormError(null);
      onSettled?.();
    }
  };

  const run = (values: V) =>
    startTransition(async () => {
      setFormError(null);
      const result = await save(values);
      onSettled?.();
      if (result.ok) {
        toast.success(savedMessage);
        setOpen(false);
        form.reset(resetTo(values));
        router.refresh();
        return;
      }
      const field = formFieldOf(result.field, fields);
      if (field) form.setError(field, { type: "server", message: result.message }, { shouldFocus: true });
      else setFormError(result.message);
    });

  return { open, onOpenChange, formError, pending, run };
}
