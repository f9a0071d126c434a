"use client";
// The picker's "create" dialog: name (what the editor typed), a suggested slug and, for a party, its
// kind. It saves a draft record through the API and hands it back to the picker as the choice.
// Its form is rendered in a portal but React events still bubble to the form around the picker, so
// its submit stops there.
import { useEffect, useState, useTransition } from "react";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogTitle } from "@/components/ui/dialog";
import { PARTY_KINDS } from "@/features/editing/catalog-enums";
import { formFieldOf } from "./action-result";
import { SelectField, TextField } from "./form-fields";
import type { PickOption } from "./pick-option";
import { quickCreateRecord } from "./quick-create-actions";
import { QUICK_CREATE_FIELDS, quickCreateSchema, type QuickCreateKind, type QuickCreateValues } from "./quick-create-schema";
import { suggestSlug } from "./slug-suggestion";

interface QuickCreateDialogProps {
  kind: QuickCreateKind;
  /** The name to start from (what was typed in the picker); null: closed. */
  name: string | null;
  onClose: () => void;
  onCreated: (option: PickOption) => void;
}

export function QuickCreateDialog({ kind, name, onClose, onCreated }: QuickCreateDialogProps) {
  const t = useTranslations("editing");
  const tRecords = useTranslations("records");
  const tCommon = useTranslations("common");
  const tEnums = useTranslations("enums");
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, startSaving] = useTransition();
  const form = useForm<QuickCreateValues>({
    resolver: zodResolver(quickCreateSchema),
    defaultValues: { name: "", slug: "", kind: "STATE" },
  });
  useEffect(() => {
    if (name !== null) {
      form.reset({ name, slug: suggestSlug(name), kind: "STATE" });
      setFormError(null);
    }
  }, [form, name]);
  // The slug follows the name until the editor types one of their own.
  const typedName = useWatch({ control: form.control, name: "name" });
  const slugTouched = form.formState.dirtyFields.slug === true;
  useEffect(() => {
    if (!slugTouched) form.setValue("slug", suggestSlug(typedName));
  }, [form, typedName, slugTouched]);

  const submit = form.handleSubmit((values) =>
    startSaving(async () => {
      setFormError(null);
      const result = await quickCreateRecord(kind, values);
      if (result.ok) {
        onCreated(result.value);
        return;
      }
      const field = formFieldOf(result.field, QUICK_CREATE_FIELDS);
      if (field) form.setError(field, { type: "server", message: result.message }, { shouldFocus: true });
      else setFormError(result.message);
    }),
  );

  return (
    <Dialog open={name !== null} onOpenChange={(open) => !open && onClose()}>
      <DialogContent closeLabel={tCommon("close")} onCloseAutoFocus={(e) => e.preventDefault()} data-testid="quick-create">
        <DialogTitle>{tRecords(`quickCreate.title.${kind}`)}</DialogTitle>
        <DialogDescription>{tRecords("quickCreate.description")}</DialogDescription>
        <form
          noValidate
          className="space-y-4"
          aria-label={tRecords(`quickCreate.title.${kind}`)}
          onSubmit={(e) => {
            e.preventDefault();
            e.stopPropagation();
            void submit();
          }}
        >
          {formError ? (
            <p role="alert" className="rounded-md border border-destructive/40 bg-destructive/10 px-3 py-2 text-sm text-destructive">
              {formError}
            </p>
          ) : null}
          <TextField form={form} name="name" id={`quick-${kind}-name`} label={tRecords("fields.name")} />
          <TextField form={form} name="slug" id={`quick-${kind}-slug`} label={tRecords("fields.slug")} hint={tRecords("hints.slug")} />
          {kind === "party" ? (
            <SelectField
              form={form}
              name="kind"
              id={`quick-${kind}-kind`}
              label={tRecords("fields.kind")}
              options={PARTY_KINDS.map((k) => ({ value: k, label: tEnums(`PartyKind.${k}`) }))}
            />
          ) : null}
          <div className="flex justify-end gap-2">
            <Button type="button" variant="outline" onClick={onClose}>
              {t("cancel")}
            </Button>
            <Button type="submit" disabled={saving}>
              {saving ? t("working") : tRecords("quickCreate.create")}
            </Button>
          </div>
        </form>
      </DialogContent>
    </Dialog>
  );
}
