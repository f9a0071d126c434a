"use client";
// What a passage backs, rounds: a fact about a round (its date, venue, outcome…) or a date the source
// gives for it, planned or held (sources may disagree: each report keeps its own quote).
import { useTranslations } from "next-intl";
import { enumValues } from "@/lib/format/enums";
import { DATE_REPORT_KINDS } from "@/features/rounds/round-enums";
import { PassageDate, PassagePicker, PassageSelect, PassageText } from "./passage-fields";

export function RoundFactFields() {
  const t = useTranslations("editing.passage.field");
  return (
    <>
      <PassagePicker name="round" kind="round" label={t("round")} />
      <PassageSelect name="aspect" label={t("aspect")} enumName="RoundAspect" values={enumValues.RoundAspect} />
    </>
  );
}

export function DateReportFields() {
  const t = useTranslations("editing.passage.field");
  return (
    <>
      <PassagePicker name="round" kind="round" label={t("round")} />
      <PassageSelect name="kind" label={t("kind")} enumName="DateReportKind" values={DATE_REPORT_KINDS} />
      <PassageDate name="periodStart" legend={t("reportStart")} />
      <PassageDate name="periodEnd" legend={t("reportEnd")} />
      <PassageText name="note" label={t("note")} optional multiline />
    </>
  );
}
