// The history presenter for a record type: its fields (history-fields.ts) read in the editor's
// language — labels from "editing.history.fields.*", enum values from "enums".
import "server-only";
import { getTranslations } from "next-intl/server";
import type { EnumName } from "@/lib/format/enums";
import type { HistoryPresenter } from "./history-panel";
import { presentSnapshot, referencesIn, type Context } from "./history-fields";

/** The presenter for one record type (by its GraphQL name); unknown types show no fields but their state. */
export async function historyPresenter(type: string | null): Promise<HistoryPresenter> {
  const [t, tCommon, tEnums] = await Promise.all([getTranslations("editing"), getTranslations("common"), getTranslations("enums")]);
  const enumLabel = (name: EnumName, value: string) => (tEnums.has(`${name}.${value}`) ? tEnums(`${name}.${value}`) : value);
  return {
    // A type may word a field its own way (a proposal's description is content, not an editors' note).
    label: (field) =>
      type && t.has(`history.typeFields.${type}.${field}`)
        ? t(`history.typeFields.${type}.${field}`)
        : t.has(`history.fields.${field}`)
          ? t(`history.fields.${field}`)
          : field,
    references: referencesIn,
    present: (s, nameOf, format) => {
      const c: Context = { nameOf, format, enumLabel, yes: tCommon("yes"), no: tCommon("no") };
      return presentSnapshot(type, s, c);
    },
  };
}
