// Filter inputs shared by list queries. Filters name records by slug: stable and readable for partners.
import { builder } from "./builder.js";
import { DemandStatusEnum, EditorialStatusEnum, MovementEnum, RoundStatusEnum, StanceEnum } from "./enums.js";

export const DateRangeInput = builder.inputType("DateRange", {
  description: "An inclusive range of calendar days; either end may be left open.",
  fields: (t) => ({
    from: t.field({ type: "Date", required: false, description: "First day, YYYY-MM-DD." }),
    to: t.field({ type: "Date", required: false, description: "Last day, YYYY-MM-DD." }),
  }),
});

export const PositionFilterInput = builder.inputType("PositionFilter", {
  description: "Narrows a list of positions. All given criteria must hold.",
  fields: (t) => ({
    parties: t.stringList({ required: false, description: "Party slugs: positions of any of these parties." }),
    topic: t.string({ required: false, description: "Topic slug." }),
    includeSubtopics: t.boolean({ required: false, defaultValue: true, description: "With `topic`: include its narrower topics (default true)." }),
    round: t.string({ required: false, description: "Round slug: positions stated at this round." }),
    process: t.string({ required: false, description: "Process slug: positions stated at any of its rounds." }),
    stances: t.field({ type: [StanceEnum], required: false, description: "Any of these stances." }),
    movements: t.field({ type: [MovementEnum], required: false, description: "Any of these movements." }),
    stated: t.field({ type: DateRangeInput, required: false, description: "Stated within this range." }),
    speaker: t.string({ required: false, description: "Person slug of the speaker." }),
    status: t.field({ type: EditorialStatusEnum, required: false, description: "Editorial status (staff only; others always see PUBLISHED)." }),
    text: t.string({ required: false, description: "Words in the summary (case-insensitive)." }),
  }),
});

export const DemandFilterInput = builder.inputType("DemandFilter", {
  description: "Narrows a list of demands. All given criteria must hold.",
  fields: (t) => ({
    from: t.stringList({ required: false, description: "Slugs of the demanding parties." }),
    to: t.stringList({ required: false, description: "Slugs of the parties demands are made of." }),
    topic: t.string({ required: false, description: "Topic slug." }),
    includeSubtopics: t.boolean({ required: false, defaultValue: true, description: "With `topic`: include its narrower topics (default true)." }),
    round: t.string({ required: false, description: "Round slug." }),
    process: t.string({ required: false, description: "Process slug." }),
    statuses: t.field({ type: [DemandStatusEnum], required: false, description: "Any of these demand statuses." }),
    raised: t.field({ type: DateRangeInput, required: false, description: "Raised within this range." }),
    status: t.field({ type: EditorialStatusEnum, required: false, description: "Editorial status (staff only)." }),
    text: t.string({ required: false, description: "Words in the summary (case-insensitive)." }),
  }),
});

export const ArticleFilterInput = builder.inputType("ArticleFilter", {
  description: "Narrows a list of articles.",
  fields: (t) => ({
    language: t.string({ required: false, description: "BCP 47 language tag, e.g. \"nl\"." }),
    outlet: t.string({ required: false, description: "Outlet slug." }),
    published: t.field({ type: DateRangeInput, required: false, description: "Published within this range." }),
    status: t.field({ type: EditorialStatusEnum, required: false, description: "Editorial status (staff only)." }),
  }),
});

export const RoundFilterInput = builder.inputType("RoundFilter", {
  description: "Narrows a list of rounds.",
  fields: (t) => ({
    process: t.string({ required: false, description: "Process slug." }),
    party: t.string({ required: false, description: "Slug of a participating party." }),
    topic: t.string({ required: false, description: "Topic slug: rounds with this topic on the agenda." }),
    includeSubtopics: t.boolean({ required: false, defaultValue: true, description: "With `topic`: include its narrower topics (default true)." }),
    roundStatuses: t.field({ type: [RoundStatusEnum], required: false, description: "Any of these round statuses (planned, held, postponed, cancelled)." }),
    held: t.field({ type: DateRangeInput, required: false, description: "Starting within this range." }),
    status: t.field({ type: EditorialStatusEnum, required: false, description: "Editorial status (staff only)." }),
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
