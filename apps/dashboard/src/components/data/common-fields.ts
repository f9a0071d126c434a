// Filter fields many lists share. Server-only: they read translations and the signed-in user.
import "server-only";
import { getTranslations } from "next-intl/server";
import type { EditorialStatus } from "@/generated/enums";
import { getSignedInUser, isStaff } from "@/lib/api";
import { enumValues } from "@/lib/format/enums";
import type { FilterField, ParsedFilters } from "./filter-spec";
import { oneOf, text } from "./filter-values";

export async function textField(placeholder?: string): Promise<FilterField> {
  const t = await getTranslations("lists");
  return { kind: "text", key: "q", label: t("text"), ...(placeholder ? { placeholder } : {}) };
}

/** The editorial-status filter, offered to staff only (everyone else sees published records only). */
export async function statusFields(): Promise<FilterField[]> {
  const [t, tEnums, user] = await Promise.all([getTranslations("lists"), getTranslations("enums"), getSignedInUser()]);
  if (!isStaff(user)) return [];
  return [
    {
      kind: "select",
      key: "status",
      label: t("status"),
      anyLabel: t("any"),
      options: enumValues.EditorialStatus.map((v) => ({ value: v, label: tEnums(`EditorialStatus.${v}`) })),
    },
  ];
}

export function statusValue(filters: ParsedFilters): EditorialStatus | undefined {
  return oneOf(filters, "status", enumValues.EditorialStatus);
}

/** A CatalogFilter (outlets, parties, people, processes, proposals, topics) from the URL. */
export function catalogFilter(filters: ParsedFilters): { text?: string; status?: EditorialStatus } {
  const q = text(filters, "q");
  const status = statusValue(filters);
  return { ...(q ? { text: q } : {}), ...(status ? { status } : {}) };
}

/** Tells whether a search param object came with any value (for "no results" wording). */
export type SearchParams = Record<string, string | string[] | undefined>;
