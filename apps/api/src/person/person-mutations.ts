// People: the GraphQL input, and the create and update mutations over the record engine (person-record.ts).
import { actorOf } from "../access/access.js";
import { builder } from "../graphql/builder.js";
import { defined, idOf } from "../graphql/input-mapping.js";
import { catalogRecordMutations } from "../record-engine/catalog-mutations.js";
import { EvidenceNode } from "../evidence/evidence-type.js";
import { PartialDateInput } from "../graphql/partial-date.js";
import { mergePeople } from "./merge-people.js";
import { PersonNode } from "./person-type.js";
import { PartyNode } from "../party/party-type.js";
import { personRecord } from "./person-record.js";

const PersonRoleInput = builder.inputType("PersonRoleInput", {
  description: "A role a person held, for a party, over a period.",
  fields: (t) => ({
    title: t.string({ required: true, description: "The role." }),
    party: t.globalID({ for: PartyNode, required: false, description: "For which party." }),
    start: t.field({ type: PartialDateInput, required: false, description: "When it began." }),
    end: t.field({ type: PartialDateInput, required: false, description: "When it ended." }),
    evidence: t.globalID({ for: EvidenceNode, required: false, description: "The quote stating it." }),
  }),
});

const PersonInput = builder.inputType("PersonInput", {
  description: "A person. On update, omitted fields keep their value; `aliases` and `roles` replace the lists.",
  fields: (t) => ({
    roles: t.field({ type: [PersonRoleInput], required: false, description: "Roles over time." }),
    slug: t.string({ required: false, description: "URL-safe identifier, unique." }),
    name: t.string({ required: false, description: "Canonical spelling." }),
    description: t.string({ required: false, description: "Editors' note." }),
    aliases: t.stringList({ required: false, description: "Every spelling the sources use." }),
  }),
});

type RoleArg = { title: string; party?: { id: string } | null; start?: object | null; end?: object | null; evidence?: { id: string } | null };
const toRecord = ({ roles, ...input }: { roles?: RoleArg[] | null }) =>
  defined({ ...input, roles: roles?.map(({ party, evidence, ...r }) => defined({ ...r, partyId: idOf(party), evidenceId: idOf(evidence) })) });

const person = catalogRecordMutations({
  type: "Person",
  noun: "person",
  input: PersonInput,
  record: personRecord,
  toRecord,
  load: (db, selection, id) => db.person.findUniqueOrThrow({ ...selection, where: { id } }),
});

builder.mutationFields((t) => ({
  createPerson: t.prismaField(person.create),
  updatePerson: t.prismaField(person.update),
  mergePeople: t.prismaField({
    type: PersonNode,
    description: "Merges a duplicate person into another: spellings become aliases, every reference moves, the duplicate is soft-deleted.",
    args: {
      keep: t.arg.globalID({ for: PersonNode, required: true, description: "The person who remains." }),
      keepVersion: t.arg.int({ required: true, description: "Its current version." }),
      merge: t.arg.globalID({ for: PersonNode, required: true, description: "The duplicate." }),
      mergeVersion: t.arg.int({ required: true, description: "Its current version." }),
    },
    resolve: async (query, _root, args, ctx) => {
      const actor = actorOf(ctx);
      const id = await mergePeople(ctx.db, actor, { id: args.keep.id, version: args.keepVersion }, { id: args.merge.id, version: args.mergeVersion });
      return ctx.db.person.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
}));
