// Proposals: the GraphQL input, and the create and update mutations over the record engine (proposal-record.ts).
import { builder } from "../graphql/builder.js";
import { defined, idOf } from "../graphql/input-mapping.js";
import { catalogRecordMutations } from "../record-engine/catalog-mutations.js";
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
const toRecord = ({ authorParty, versions, ...input }: { authorParty?: { id: string } | null; versions?: VersionArg[] | null }) =>
  defined({
    ...input,
    authorPartyId: idOf(authorParty),
    versions: versions?.map(({ round, points, ...v }) =>
      defined({ ...v, roundId: idOf(round), points: points?.map(({ topic, ...p }) => defined({ ...p, topicId: idOf(topic) })) }),
    ),
  });

const proposal = catalogRecordMutations({
  type: "Proposal",
  noun: "proposal",
  input: ProposalInput,
  record: proposalRecord,
  toRecord,
  load: (db, selection, id) => db.proposal.findUniqueOrThrow({ ...selection, where: { id } }),
});

builder.mutationFields((t) => ({
  createProposal: t.prismaField(proposal.create),
  updateProposal: t.prismaField(proposal.update),
}));
