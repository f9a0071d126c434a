// Positions: the GraphQL input and the mutations; validation, movement and audit live in the services
// beside this file (edit-position.ts).
import { STATE_CHANGES } from "@parley/domain";
import { actorOf } from "../access/access.js";
import { EvidenceNode } from "../evidence/evidence-type.js";
import { builder } from "../graphql/builder.js";
import { StanceEnum } from "../graphql/enums.js";
import { PartialDateInput } from "../graphql/partial-date.js";
import { PartyNode } from "../party/party-type.js";
import { PersonNode } from "../person/person-type.js";
import { ProposalNode } from "../proposal/proposal-type.js";
import { RoundNode } from "../round/round-type.js";
import { TopicNode } from "../topic/topic-type.js";
import { changePositionState } from "./change-position-state.js";
import { createPosition } from "./create-position.js";
import { revertPosition, updatePosition } from "./update-position.js";
import { PositionNode } from "./position-type.js";

const ProposalVersionRefInput = builder.inputType("ProposalVersionRef", {
  description: "A version of a proposal, by the proposal and the version's number.",
  fields: (t) => ({
    proposal: t.globalID({ for: ProposalNode, required: true, description: "The proposal." }),
    number: t.int({ required: true, description: "The version's number (1, 2, …)." }),
  }),
});

const PositionInput = builder.inputType("PositionInput", {
  description: "A position and the quotes that report it. On update, omitted fields keep their value.",
  fields: (t) => ({
    party: t.globalID({ for: PartyNode, required: false, description: "The party holding the position." }),
    topic: t.globalID({ for: TopicNode, required: false, description: "The topic." }),
    round: t.globalID({ for: RoundNode, required: false, description: "The round at which it was stated." }),
    speaker: t.globalID({ for: PersonNode, required: false, description: "Who voiced it." }),
    stance: t.field({ type: StanceEnum, required: false, description: "The stance toward the topic's proposition." }),
    summary: t.string({ required: false, description: "Editors' summary (at most 4,000 characters)." }),
    stated: t.field({ type: PartialDateInput, required: false, description: "When it was stated." }),
    evidence: t.globalIDList({ for: EvidenceNode, required: false, description: "The quotes behind it (at least one)." }),
    proposalVersion: t.field({ type: ProposalVersionRefInput, required: false, description: "The proposal version it responds to (null: none)." }),
  }),
});

type PositionArgs = {
  party?: { id: string } | null;
  topic?: { id: string } | null;
  round?: { id: string } | null;
  speaker?: { id: string } | null;
  stance?: string | null;
  summary?: string | null;
  stated?: { on?: string | null; precision: string } | null;
  evidence?: { id: string }[] | null;
  proposalVersion?: { proposal: { id: string }; number: number } | null;
};

/** GraphQL input → service fields; absent stays absent (so an update keeps the old value). */
function positionFields(input: PositionArgs): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (input.party) out.partyId = input.party.id;
  if (input.topic) out.topicId = input.topic.id;
  if (input.round !== undefined) out.roundId = input.round?.id ?? null;
  if (input.speaker !== undefined) out.speakerId = input.speaker?.id ?? null;
  if (input.stance) out.stance = input.stance;
  if (input.summary != null) out.summary = input.summary;
  if (input.stated) out.stated = input.stated;
  if (input.evidence) out.evidenceIds = input.evidence.map((e) => e.id);
  if (input.proposalVersion !== undefined)
    out.proposalVersion = input.proposalVersion && { proposalId: input.proposalVersion.proposal.id, number: input.proposalVersion.number };
  return out;
}

const StateChangeEnum = builder.enumType("StateChange", {
  description: "An editorial state change: soft delete, restore, publish, unpublish.",
  values: STATE_CHANGES,
});

builder.mutationFields((t) => ({
  createPosition: t.prismaField({
    type: PositionNode,
    description: "Records a position with the quotes behind it (as a draft).",
    args: { input: t.arg({ type: PositionInput, required: true, description: "The position." }) },
    resolve: async (query, _root, args, ctx) => {
      const actor = actorOf(ctx);
      const id = await createPosition(ctx.db, actor, positionFields(args.input));
      return ctx.db.position.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  updatePosition: t.prismaField({
    type: PositionNode,
    description: "Changes a position. `version` is the version you edited; if someone changed it since, you get CONFLICT with the current record.",
    args: {
      id: t.arg.globalID({ for: PositionNode, required: true, description: "The position." }),
      version: t.arg.int({ required: true, description: "The version your change is based on." }),
      input: t.arg({ type: PositionInput, required: true, description: "The fields to change." }),
    },
    resolve: async (query, _root, args, ctx) => {
      const actor = actorOf(ctx);
      await updatePosition(ctx.db, actor, args.id.id, args.version, positionFields(args.input));
      return ctx.db.position.findUniqueOrThrow({ ...query, where: { id: args.id.id } });
    },
  }),
  changePositionState: t.prismaField({
    type: PositionNode,
    description: "Soft-deletes, restores, publishes or unpublishes a position.",
    args: {
      id: t.arg.globalID({ for: PositionNode, required: true, description: "The position." }),
      version: t.arg.int({ required: true, description: "The version your change is based on." }),
      change: t.arg({ type: StateChangeEnum, required: true, description: "What to do." }),
    },
    resolve: async (query, _root, args, ctx) => {
      const actor = actorOf(ctx);
      await changePositionState(ctx.db, actor, args.id.id, args.version, args.change);
      return ctx.db.position.findUniqueOrThrow({ ...query, where: { id: args.id.id } });
    },
  }),
  revertPosition: t.prismaField({
    type: PositionNode,
    description: "Puts a position back as it was at an earlier version (fields and quotes), recorded as a new version.",
    args: {
      id: t.arg.globalID({ for: PositionNode, required: true, description: "The position." }),
      version: t.arg.int({ required: true, description: "The current version." }),
      toVersion: t.arg.int({ required: true, description: "The version to return to." }),
    },
    resolve: async (query, _root, args, ctx) => {
      const actor = actorOf(ctx);
      await revertPosition(ctx.db, actor, args.id.id, args.version, args.toVersion);
      return ctx.db.position.findUniqueOrThrow({ ...query, where: { id: args.id.id } });
    },
  }),
}));
