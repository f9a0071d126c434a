// Persons: the GraphQL input, and the create and update mutations over the record engine (person-record.ts).
import { actorOf } from "../access/access.js";
import { builder } from "../graphql/builder.js";
import { decodeFor } from "../graphql/global-id.js";
import { defined, idOf } from "../graphql/input-mapping.js";
import { createRecord } from "../record-engine/create-record.js";
import { createDescription, recordVersionArgs, updateDescription } from "../record-engine/record-mutation-args.js";
import { updateRecord } from "../record-engine/update-record.js";
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
const toService = ({ roles, ...input }: { roles?: RoleArg[] | null }) =>
  defined({ ...input, roles: roles?.map(({ party, evidence, ...r }) => defined({ ...r, partyId: idOf(party), evidenceId: idOf(evidence) })) });

builder.mutationFields((t) => ({
  createPerson: t.prismaField({
    type: "Person",
    description: createDescription("person"),
    args: { input: t.arg({ type: PersonInput, required: true, description: "The record." }) },
    resolve: async (query, _root, args, ctx) => {
      const id = await createRecord(ctx.db, actorOf(ctx), personRecord, toService(args.input));
      return ctx.db.person.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  updatePerson: t.prismaField({
    type: "Person",
    description: updateDescription("person"),
    args: { ...recordVersionArgs, input: t.arg({ type: PersonInput, required: true, description: "The fields to change." }) },
    resolve: async (query, _root, args, ctx) => {
      const id = decodeFor(String(args.id), "Person");
      await updateRecord(ctx.db, actorOf(ctx), personRecord, id, args.version, toService(args.input));
      return ctx.db.person.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
}));

builder.mutationFields((t) => ({
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
