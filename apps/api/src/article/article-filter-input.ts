// The articles list's filter, as clients write it (slugs, not ids: stable and readable for partners).
import { builder } from "../graphql/builder.js";
import { DateRangeInput } from "../graphql/filter-inputs.js";
import { EditorialStatusEnum } from "../graphql/enums.js";

export const ArticleFilterInput = builder.inputType("ArticleFilter", {
  description: "Narrows a list of articles.",
  fields: (t) => ({
    language: t.string({ required: false, description: 'BCP 47 language tag, e.g. "nl".' }),
    outlet: t.string({ required: false, description: "Outlet slug." }),
    published: t.field({ type: DateRangeInput, required: false, description: "Published within this range." }),
    status: t.field({ type: EditorialStatusEnum, required: false, description: "Editorial status (staff only)." }),
    text: t.string({
      required: false,
      description:
        'Words in the title or body (full text, as `searchArticles`: inflections match, and a name matches every spelling of it — "Putin" finds "Poetin").',
    }),
  }),
});
