// Proposals: the GraphQL input, and the create and update mutations over the record engine (proposal-record.ts).
import { actorOf } from "../access/access.js";
import { builder } from "../graphql/builder.js";
import { decodeFor } from "../graphql/global-id.js";
import { defined, idOf } from "../graphql/input-mapping.js";
import { createRecord } from "../record-engine/create-record.js";
import { createDescription, recordVersionArgs, updateDescription } from "../record-engine/record-mutation-args.js";
import { updateRecord } from "../record-engine/update-record.js";
import { PartialDateInput } from "../graphql/partial-date.js";
import { PartyNode } from "../party/party-type.js";
import { RoundNode } from "../round/round-type.js";
import { TopicNode } from "../topic/topic-type.js";
import { proposalRecord } from "./proposal-record.js";

const PointInput = builder.inputType("ProposalPointInput", {
  description: "One point of a proposal version.",
  fields: (t) => ({
    number: t.int({ required: true, description: "Point number." }),
    text: t.string({ required: true, description: "What it says." }),
    topic: t.globalID({ for: TopicNode, required: false, description: "The topic it concerns." }),
  }),
});

const VersionInput = builder.inputType("ProposalVersionInput", {
  description: "One version of a proposal.",
  fields: (t) => ({
    number: t.int({ required: true, description: "1, 2, … in order." }),
    label: t.string({ required: true, description: "How the sources name it." }),
    pointCount: t.int({ required: false, description: "Number of points." }),
    pointCountNote: t.string({ required: false, description: 'The count as the sources give it ("19 to 27").' }),
    presented: t.field({ type: PartialDateInput, required: false, description: "When it was presented." }),
    round: t.globalID({ for: RoundNode, required: false, description: "Where it was presented." }),
    summary: t.string({ required: false, description: "What it contains." }),
    points: t.field({ type: [PointInput], required: false, description: "Its points." }),
  }),
});

const ProposalInput = builder.inputType("ProposalInput", {
  description: "A peace plan or proposal. `versions` replaces the list when given.",
  fields: (t) => ({
    slug: t.string({ required: false, description: "URL-safe identifier, unique." }),
    title: t.string({ required: false, description: "Title." }),
    description: t.string({ required: false, description: "Editors' description." }),
    authorParty: t.globalID({ for: PartyNode, required: false, description: "The authoring party." }),
    versions: t.field({ type: [VersionInput], required: false, description: "Its versions." }),
  }),
});

type PointArg = { topic?: { id: string } | null };
type VersionArg = { round?: { id: string } | null; points?: PointArg[] | null };
const toService = ({ authorParty, versions, ...input }: { authorParty?: { id: string } | null; versions?: VersionArg[] | null }) =>
  defined({
    ...input,
    authorPartyId: idOf(authorParty),
    versions: versions?.map(({ round, points, ...v }) =>
      defined({ ...v, roundId: idOf(round), points: points?.map(({ topic, ...p }) => defined({ ...p, topicId: idOf(topic) })) }),
    ),
  });

builder.mutationFields((t) => ({
  createProposal: t.prismaField({
    type: "Proposal",
    description: createDescription("proposal"),
    args: { input: t.arg({ type: ProposalInput, required: true, description: "The record." }) },
    resolve: async (query, _root, args, ctx) => {
      const id = await createRecord(ctx.db, actorOf(ctx), proposalRecord, toService(args.input));
      return ctx.db.proposal.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  updateProposal: t.prismaField({
    type: "Proposal",
    description: updateDescription("proposal"),
    args: { ...recordVersionArgs, input: t.arg({ type: ProposalInput, required: true, description: "The fields to change." }) },
    resolve: async (query, _root, args, ctx) => {
      const id = decodeFor(String(args.id), "Proposal");
      await updateRecord(ctx.db, actorOf(ctx), proposalRecord, id, args.version, toService(args.input));
      return ctx.db.proposal.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
}));
