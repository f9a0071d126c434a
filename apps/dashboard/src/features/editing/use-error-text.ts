"use client";
// A form error as words: a message key of the catalog forms ("records.errors.*"), of the talks forms
// ("talks.errors.*") or of every form ("editing.errors.*"), or an API message that is already worded.
import { useTranslations } from "next-intl";

export function useErrorText(): (message: string | undefined) => string | undefined {
  const tEditing = useTranslations("editing");
  const tRecords = useTranslations("records");
  const tTalks = useTranslations("talks");
  return (m) => {
    if (m === undefined) return undefined;
    if (tRecords.has(`errors.${m}`)) return tRecords(`errors.${m}`);
    if (tTalks.has(`errors.${m}`)) return tTalks(`errors.${m}`);
    if (tEditing.has(`errors.${m}`)) return tEditing(`errors.${m}`);
    return m;
  };
}
