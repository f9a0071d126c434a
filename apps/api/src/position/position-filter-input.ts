// The positions list's filter, as clients write it (slugs, not ids: stable and readable for partners).
import { builder } from "../graphql/builder.js";
import { DateRangeInput } from "../graphql/filter-inputs.js";
import { EditorialStatusEnum, MovementEnum, StanceEnum } from "../graphql/enums.js";

export const PositionFilterInput = builder.inputType("PositionFilter", {
  description: "Narrows a list of positions. All given criteria must hold.",
  fields: (t) => ({
    parties: t.stringList({ required: false, description: "Party slugs: positions of any of these parties." }),
    topic: t.string({ required: false, description: "Topic slug." }),
    includeSubtopics: t.boolean({ required: false, defaultValue: true, description: "With `topic`: include its narrower topics (default true)." }),
    round: t.string({ required: false, description: "Round slug: positions stated at this round." }),
    process: t.string({ required: false, description: "Process slug: positions stated at any of its rounds." }),
    stances: t.field({ type: [StanceEnum], required: false, description: "Any of these stances." }),
    movements: t.field({
      type: [MovementEnum],
      required: false,
      description: "Any of these movements, by the effective movement: the one a source reports when there is one, else the derived one.",
    }),
    stated: t.field({ type: DateRangeInput, required: false, description: "Stated within this range." }),
    speaker: t.string({ required: false, description: "Person slug of the speaker." }),
    status: t.field({ type: EditorialStatusEnum, required: false, description: "Editorial status (staff only; others always see PUBLISHED)." }),
    text: t.string({ required: false, description: "Words in the summary (case-insensitive)." }),
  }),
});
