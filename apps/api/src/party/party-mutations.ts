// Parties: the GraphQL input, and the create and update mutations over the record engine (party-record.ts).
import { builder } from "../graphql/builder.js";
import { PartyKindEnum } from "../graphql/enums.js";
import { defined } from "../graphql/input-mapping.js";
import { catalogRecordMutations } from "../record-engine/catalog-mutations.js";
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

const party = catalogRecordMutations({
  type: "Party",
  noun: "party",
  input: PartyInput,
  record: partyRecord,
  toRecord: defined,
  load: (db, selection, id) => db.party.findUniqueOrThrow({ ...selection, where: { id } }),
});

builder.mutationFields((t) => ({
  createParty: t.prismaField(party.create),
  updateParty: t.prismaField(party.update),
}));
