// The rounds list's filter, as clients write it (slugs, not ids: stable and readable for partners).
import { builder } from "../graphql/builder.js";
import { DateRangeInput } from "../graphql/filter-inputs.js";
import { EditorialStatusEnum, RoundStatusEnum } from "../graphql/enums.js";

export const RoundFilterInput = builder.inputType("RoundFilter", {
  description: "Narrows a list of rounds.",
  fields: (t) => ({
    process: t.string({ required: false, description: "Process slug." }),
    party: t.string({ required: false, description: "Slug of a participating party." }),
    topic: t.string({ required: false, description: "Topic slug: rounds with this topic on the agenda." }),
    includeSubtopics: t.boolean({ required: false, defaultValue: true, description: "With `topic`: include its narrower topics (default true)." }),
    roundStatuses: t.field({ type: [RoundStatusEnum], required: false, description: "Any of these round statuses (planned, held, postponed, cancelled)." }),
    held: t.field({
      type: DateRangeInput,
      required: false,
      description: "Held (status HELD, as the sources report) and starting within this range: a cancelled or postponed round is not held.",
    }),
    status: t.field({ type: EditorialStatusEnum, required: false, description: "Editorial status (staff only)." }),
  }),
});
