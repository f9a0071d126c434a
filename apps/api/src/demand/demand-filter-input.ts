// The demands list's filter, as clients write it (slugs, not ids: stable and readable for partners).
import { builder } from "../graphql/builder.js";
import { DateRangeInput } from "../graphql/filter-inputs.js";
import { DemandStatusEnum, EditorialStatusEnum } from "../graphql/enums.js";

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
