// The arguments and wording every catalog record's create and update mutations share.
import { builder } from "../graphql/builder.js";

/** `id` (a global id, checked against the mutation's type) and the `version` the change is based on. */
export const recordVersionArgs = builder.args((t) => ({
  id: t.id({ required: true, description: "Its global id." }),
  version: t.int({ required: true, description: "The version your change is based on." }),
}));

export const createDescription = (name: string) => `Creates a ${name} (as a draft).`;
export const updateDescription = (name: string) => `Changes a ${name}. A stale \`version\` gets CONFLICT with the current record.`;

/** The `version` of a record that owns what a mutation changes (a round's date reports, a demand's history). */
export const ownerVersionDescription = (owner: string) =>
  `The ${owner}'s version your change is based on; a stale one gets CONFLICT with the current ${owner}.`;
