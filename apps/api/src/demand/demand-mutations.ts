// Demands: the GraphQL inputs and the mutations (raise, change, record a status change); the rules live
// in the services beside this file (edit-demand.ts).
import { actorOf } from "../access/access.js";
import { EvidenceNode } from "../evidence/evidence-type.js";
import { builder } from "../graphql/builder.js";
import { DemandStatusEnum } from "../graphql/enums.js";
import { stripNulls } from "../graphql/input-mapping.js";
import { PartialDateInput } from "../graphql/partial-date.js";
import { PartyNode } from "../party/party-type.js";
import { DemandNode } from "./demand-type.js";
import { RoundNode } from "../round/round-type.js";
import { TopicNode } from "../topic/topic-type.js";
import { changeDemandStatus } from "./change-demand-status.js";
import { createDemand } from "./create-demand.js";
import { updateDemand } from "./update-demand.js";

const DemandInput = builder.inputType("DemandInput", {
  description: "A demand one party makes of another (or of the process), with the quotes that report it.",
  fields: (t) => ({
    slug: t.string({ required: true, description: "URL-safe identifier, unique." }),
    from: t.globalID({ for: PartyNode, required: true, description: "The demanding party." }),
    to: t.globalID({ for: PartyNode, required: false, description: "The party it is made of (omit: of the process). Never the demanding party." }),
    topic: t.globalID({ for: TopicNode, required: true, description: "The topic." }),
    round: t.globalID({ for: RoundNode, required: false, description: "The round at which it was raised." }),
    summary: t.string({ required: true, description: "What is demanded." }),
    raised: t.field({ type: PartialDateInput, required: true, description: "When it was raised." }),
    evidence: t.globalIDList({ for: EvidenceNode, required: true, description: "The quotes behind it (at least one)." }),
  }),
});

const DemandPatchInput = builder.inputType("DemandPatchInput", {
  description: "Changes to a demand; omitted fields keep their value (its status changes through changeDemandStatus).",
  fields: (t) => ({
    to: t.globalID({ for: PartyNode, required: false, description: "The party it is made of." }),
    topic: t.globalID({ for: TopicNode, required: false, description: "The topic." }),
    round: t.globalID({ for: RoundNode, required: false, description: "The round at which it was raised." }),
    summary: t.string({ required: false, description: "What is demanded." }),
    raised: t.field({ type: PartialDateInput, required: false, description: "When it was raised." }),
    evidence: t.globalIDList({ for: EvidenceNode, required: false, description: "The quotes behind it (replaces the list)." }),
  }),
});

const DemandStatusInput = builder.inputType("DemandStatusInput", {
  description: "A change in a demand's status.",
  fields: (t) => ({
    status: t.field({ type: DemandStatusEnum, required: true, description: "The new status." }),
    changed: t.field({ type: PartialDateInput, required: true, description: "When it changed." }),
    round: t.globalID({ for: RoundNode, required: false, description: "The round at which it changed." }),
    evidence: t.globalID({ for: EvidenceNode, required: false, description: "The quote reporting the change." }),
    note: t.string({ required: false, description: "Editors' note." }),
  }),
});

builder.mutationFields((t) => ({
  createDemand: t.prismaField({
    type: DemandNode,
    description: "Records a demand with its quotes (as a draft); its history starts as OPEN.",
    args: { input: t.arg({ type: DemandInput, required: true, description: "The demand." }) },
    resolve: async (query, _root, args, ctx) => {
      const actor = actorOf(ctx);
      const { from, to, topic, round, evidence, ...rest } = args.input;
      const id = await createDemand(ctx.db, actor, {
        ...rest,
        fromPartyId: from.id,
        toPartyId: to?.id,
        topicId: topic.id,
        roundId: round?.id,
        evidenceIds: evidence.map((e) => e.id),
      });
      return ctx.db.demand.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  changeDemandStatus: t.prismaField({
    type: DemandNode,
    description: "Adds a status change to a demand's history; its current status becomes the latest change.",
    args: {
      id: t.arg.globalID({ for: DemandNode, required: true, description: "The demand." }),
      version: t.arg.int({ required: true, description: "The version your change is based on." }),
      input: t.arg({ type: DemandStatusInput, required: true, description: "The change." }),
    },
    resolve: async (query, _root, args, ctx) => {
      const actor = actorOf(ctx);
      const { round, evidence, ...rest } = args.input;
      await changeDemandStatus(ctx.db, actor, args.id.id, args.version, { ...stripNulls(rest), roundId: round?.id, evidenceId: evidence?.id });
      return ctx.db.demand.findUniqueOrThrow({ ...query, where: { id: args.id.id } });
    },
  }),
  updateDemand: t.prismaField({
    type: DemandNode,
    description: "Changes a demand. A stale `version` gets CONFLICT with the current record.",
    args: {
      id: t.arg.globalID({ for: DemandNode, required: true, description: "The demand." }),
      version: t.arg.int({ required: true, description: "The version your change is based on." }),
      input: t.arg({ type: DemandPatchInput, required: true, description: "The fields to change." }),
    },
    resolve: async (query, _root, args, ctx) => {
      const actor = actorOf(ctx);
      const { to, topic, round, evidence, ...rest } = args.input;
      await updateDemand(ctx.db, actor, args.id.id, args.version, {
        ...stripNulls(rest),
        ...(to !== undefined ? { toPartyId: to?.id ?? null } : {}),
        ...(topic ? { topicId: topic.id } : {}),
        ...(round !== undefined ? { roundId: round?.id ?? null } : {}),
        ...(evidence ? { evidenceIds: evidence.map((e) => e.id) } : {}),
      });
      return ctx.db.demand.findUniqueOrThrow({ ...query, where: { id: args.id.id } });
    },
  }),
}));
