"use client";
// A form error as words, in the editor's language (see error-text.ts for where keys are looked up).
import { useTranslations } from "next-intl";
import { errorText, type MessageCatalog } from "./error-text";

export function useErrorText(): (message: string | undefined) => string | undefined {
  const tEditing = useTranslations("editing");
  const tRecords = useTranslations("records");
  const tTalks = useTranslations("talks");
  const catalogs: MessageCatalog[] = [tRecords, tTalks, tEditing].map((t) => ({ has: (k) => t.has(k), word: (k) => t(k) }));
  return (m) => errorText(catalogs, m);
}
