// The quotes behind a proposal, each change naming the proposal's version (service: edit-proposal-evidence.ts).
import { actorOf } from "../access/access.js";
import { EvidenceNode } from "../evidence/evidence-type.js";
import { builder } from "../graphql/builder.js";
import { ownerVersionDescription } from "../record-engine/record-mutation-args.js";
import { addProposalEvidence, removeProposalEvidence } from "./edit-proposal-evidence.js";
import { ProposalNode } from "./proposal-type.js";

builder.mutationFields((t) => ({
  addProposalEvidence: t.prismaField({
    type: ProposalNode,
    description: "Makes a quote evidence for a proposal. A new version of the proposal, audited on it.",
    args: {
      proposal: t.arg.globalID({ for: ProposalNode, required: true, description: "The proposal." }),
      version: t.arg.int({ required: true, description: ownerVersionDescription("proposal") }),
      evidence: t.arg.globalID({ for: EvidenceNode, required: true, description: "The quote (not deleted)." }),
    },
    resolve: async (query, _root, args, ctx) => {
      const actor = actorOf(ctx);
      await addProposalEvidence(ctx.db, actor, args.proposal.id, args.version, args.evidence.id);
      return ctx.db.proposal.findUniqueOrThrow({ ...query, where: { id: args.proposal.id } });
    },
  }),
  removeProposalEvidence: t.prismaField({
    type: ProposalNode,
    description: "Takes a quote out of a proposal's evidence (the quote itself stays). A new version of the proposal.",
    args: {
      proposal: t.arg.globalID({ for: ProposalNode, required: true, description: "The proposal." }),
      version: t.arg.int({ required: true, description: ownerVersionDescription("proposal") }),
      evidence: t.arg.globalID({ for: EvidenceNode, required: true, description: "The quote." }),
    },
    resolve: async (query, _root, args, ctx) => {
      const actor = actorOf(ctx);
      await removeProposalEvidence(ctx.db, actor, args.proposal.id, args.version, args.evidence.id);
      return ctx.db.proposal.findUniqueOrThrow({ ...query, where: { id: args.proposal.id } });
    },
  }),
}));
