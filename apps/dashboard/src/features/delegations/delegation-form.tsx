"use client";
// Create or edit a delegation: which party sat at which round, and who sat in its seats.
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { PickerField, TextAreaField } from "@/features/editing/form-fields";
import { RecordFormShell } from "@/features/editing/record-form-shell";
import { NOTE_MAX } from "@/features/editing/record-rules";
import { useRecordForm } from "@/features/editing/use-record-form";
import { createDelegation, updateDelegation } from "./actions";
import { DELEGATION_FIELDS, delegationDraftSchema, delegationFormSchema, type DelegationFormValues, type DelegationRecord } from "./delegation-form-schema";
import { DelegationSeatsField } from "./delegation-seats-field";

export function DelegationForm({ record, cancelHref }: { record: DelegationRecord; cancelHref: string }) {
  const t = useTranslations("records");
  const tEnums = useTranslations("enums");
  const id = record.id;
  const state = useRecordForm({
    draftId: id ?? `new-delegation-${record.values.round?.id ?? ""}`,
    record,
    defaults: record.values,
    resolver: zodResolver(delegationFormSchema),
    draftSchema: delegationDraftSchema,
    fields: DELEGATION_FIELDS,
    save: (values, version) => (id ? updateDelegation(id, version, values) : createDelegation(values)),
  });
  const { form } = state;
  const label = (f: (typeof DELEGATION_FIELDS)[number]) => t(`fields.${f}`);
  const describe = (v: DelegationFormValues, f: (typeof DELEGATION_FIELDS)[number]): string => {
    switch (f) {
      case "party":
      case "round":
        return v[f]?.label ?? "";
      case "members":
        return v.members.map((m) => `${m.person.label} · ${tEnums(`DelegationRole.${m.role}`)} · ${tEnums(`Attendance.${m.attendance}`)}`).join("\n");
      case "note":
        return v.note;
    }
  };
  return (
    <RecordFormShell
      state={state}
      label={id ? t("forms.delegation.edit") : t("forms.delegation.new")}
      fieldLabel={label}
      describe={describe}
      cancelHref={cancelHref}
    >
      <div className="grid gap-6 md:grid-cols-2">
        <PickerField form={form} name="party" label={label("party")} kind="party" />
        <PickerField form={form} name="round" label={label("round")} kind="round" />
      </div>
      <DelegationSeatsField form={form} />
      <TextAreaField form={form} name="note" label={label("note")} optional maxLength={NOTE_MAX} />
    </RecordFormShell>
  );
}
