// Filter inputs shared by list queries. Filters name records by slug: stable and readable for partners.
import { builder } from "./builder.js";
import { EditorialStatusEnum } from "./enums.js";

export const DateRangeInput = builder.inputType("DateRange", {
  description: "An inclusive range of calendar days; either end may be left open.",
  fields: (t) => ({
    from: t.field({ type: "Date", required: false, description: "First day, YYYY-MM-DD." }),
    to: t.field({ type: "Date", required: false, description: "Last day, YYYY-MM-DD." }),
  }),
});

export const CatalogFilterInput = builder.inputType("CatalogFilter", {
  description: "Narrows a catalog list (outlets, parties, people, processes, proposals, topics).",
  fields: (t) => ({
    text: t.string({
      required: false,
      description: "Words in the name (title for proposals), case-insensitive; for parties, people and topics also any alias, ignoring diacritics.",
    }),
    status: t.field({ type: EditorialStatusEnum, required: false, description: "Editorial status (staff only; others always see PUBLISHED)." }),
  }),
});
