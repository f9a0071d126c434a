"use client";
// What a passage backs, people: a role the passage gives a person (title, party, period), or a seat in
// a round's delegation (it joins the party's delegation there, or starts it).
import { useTranslations } from "next-intl";
import { ATTENDANCES, DELEGATION_ROLES } from "@/features/editing/catalog-enums";
import { PassageDate, PassagePicker, PassageSelect, PassageText } from "./passage-fields";

export function RoleFields() {
  const t = useTranslations("editing.passage.field");
  return (
    <>
      <PassagePicker name="person" kind="person" label={t("person")} />
      <PassageText name="title" label={t("roleTitle")} hint={t("roleTitleHint")} />
      <PassagePicker name="party" kind="party" label={t("roleParty")} optional />
      <PassageDate name="periodStart" legend={t("roleStart")} />
      <PassageDate name="periodEnd" legend={t("roleEnd")} />
    </>
  );
}

export function SeatFields() {
  const t = useTranslations("editing.passage.field");
  return (
    <>
      <PassagePicker name="round" kind="round" label={t("round")} />
      <PassagePicker name="party" kind="party" label={t("seatParty")} />
      <PassagePicker name="person" kind="person" label={t("person")} />
      <div className="grid gap-3 sm:grid-cols-2">
        <PassageSelect name="seatRole" label={t("seatRole")} enumName="DelegationRole" values={DELEGATION_ROLES} />
        <PassageSelect name="attendance" label={t("attendance")} enumName="Attendance" values={ATTENDANCES} />
      </div>
    </>
  );
}
