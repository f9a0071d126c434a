// Partys: the GraphQL input, and the create and update mutations over the record engine (party-record.ts).
import { actorOf } from "../access/access.js";
import { builder } from "../graphql/builder.js";
import { decodeFor } from "../graphql/global-id.js";
import { defined } from "../graphql/input-mapping.js";
import { createRecord } from "../record-engine/create-record.js";
import { createDescription, recordVersionArgs, updateDescription } from "../record-engine/record-mutation-args.js";
import { updateRecord } from "../record-engine/update-record.js";
import { PartyKindEnum } from "../graphql/enums.js";
import { partyRecord } from "./party-record.js";

const PartyInput = builder.inputType("PartyInput", {
  description: "A party. On update, omitted fields keep their value; `aliases` replaces the list.",
  fields: (t) => ({
    slug: t.string({ required: false, description: "URL-safe identifier, unique." }),
    name: t.string({ required: false, description: "Canonical English name." }),
    shortName: t.string({ required: false, description: "Abbreviation." }),
    kind: t.field({ type: PartyKindEnum, required: false, description: "What kind of actor." }),
    description: t.string({ required: false, description: "Editors' note." }),
    aliases: t.stringList({ required: false, description: "Other names and spellings." }),
  }),
});

const toService = (input: object) => defined(input);

builder.mutationFields((t) => ({
  createParty: t.prismaField({
    type: "Party",
    description: createDescription("party"),
    args: { input: t.arg({ type: PartyInput, required: true, description: "The record." }) },
    resolve: async (query, _root, args, ctx) => {
      const id = await createRecord(ctx.db, actorOf(ctx), partyRecord, toService(args.input));
      return ctx.db.party.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  updateParty: t.prismaField({
    type: "Party",
    description: updateDescription("party"),
    args: { ...recordVersionArgs, input: t.arg({ type: PartyInput, required: true, description: "The fields to change." }) },
    resolve: async (query, _root, args, ctx) => {
      const id = decodeFor(String(args.id), "Party");
      await updateRecord(ctx.db, actorOf(ctx), partyRecord, id, args.version, toService(args.input));
      return ctx.db.party.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
}));
