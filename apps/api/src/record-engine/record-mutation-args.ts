// The arguments and wording mutations over versioned records share (catalog-mutations.ts, the owned lists' mutations).
import { builder } from "../graphql/builder.js";

/** `id` (a global id, checked against the mutation's type) and the `version` the change is based on. */
export const recordVersionArgs = builder.args((t) => ({
  id: t.id({ required: true, description: "Its global id." }),
  version: t.int({ required: true, description: "The version your change is based on." }),
}));

/** The `version` of a record that owns what a mutation changes (a round's date reports, a demand's history). */
export const ownerVersionDescription = (owner: string) =>
  `The ${owner}'s version your change is based on; a stale one gets CONFLICT with the current ${owner}.`;
