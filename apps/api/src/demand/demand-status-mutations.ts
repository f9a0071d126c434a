// Corrections to a demand's status history, each naming the demand's version (service: correct-demand-status.ts).
import { actorOf } from "../access/access.js";
import { EvidenceNode } from "../evidence/evidence-type.js";
import { builder } from "../graphql/builder.js";
import { DemandStatusEnum } from "../graphql/enums.js";
import { decodeFor } from "../graphql/global-id.js";
import { decodedPatch } from "../graphql/input-mapping.js";
import { PartialDateInput } from "../graphql/partial-date.js";
import { ownerVersionDescription } from "../record-engine/record-mutation-args.js";
import { RoundNode } from "../round/round-type.js";
import { deleteDemandStatusChange, updateDemandStatusChange } from "./correct-demand-status.js";
import { DemandNode } from "./demand-type.js";

// A status change is not a node, but editors must name it: a global id of its own type.
builder.prismaObjectFields("DemandStatusChange", (t) => ({
  id: t.globalID({
    description: "Names the change to updateDemandStatusChange and deleteDemandStatusChange.",
    resolve: (c) => ({ type: "DemandStatusChange", id: c.id }),
  }),
}));

const DemandStatusChangePatchInput = builder.inputType("DemandStatusChangePatchInput", {
  description: "A correction to one entry of a demand's status history; omitted fields keep their value.",
  fields: (t) => ({
    status: t.field({ type: DemandStatusEnum, required: false, description: "The status it changed to." }),
    changed: t.field({ type: PartialDateInput, required: false, description: "When it changed." }),
    round: t.globalID({ for: RoundNode, required: false, description: "The round at which it changed (null: none)." }),
    evidence: t.globalID({ for: EvidenceNode, required: false, description: "The quote reporting it (null: none)." }),
    note: t.string({ required: false, description: "Editors' note (null: remove it)." }),
  }),
});

builder.mutationFields((t) => ({
  updateDemandStatusChange: t.prismaField({
    type: DemandNode,
    description: "Corrects one entry of a demand's status history; the demand's status follows its latest entry. A new version of the demand.",
    args: {
      id: t.arg.id({ required: true, description: "The status change's id." }),
      version: t.arg.int({ required: true, description: ownerVersionDescription("demand") }),
      input: t.arg({ type: DemandStatusChangePatchInput, required: true, description: "The fields to change." }),
    },
    resolve: async (query, _root, args, ctx) => {
      const actor = actorOf(ctx);
      const demandId = await updateDemandStatusChange(
        ctx.db,
        actor,
        decodeFor(args.id, "DemandStatusChange"),
        args.version,
        decodedPatch(args.input, { round: "roundId", evidence: "evidenceId" }),
      );
      return ctx.db.demand.findUniqueOrThrow({ ...query, where: { id: demandId } });
    },
  }),
  deleteDemandStatusChange: t.prismaField({
    type: DemandNode,
    description:
      "Removes a wrong entry from a demand's status history (never the last one); the status follows the latest remaining entry. A new version of the demand.",
    args: {
      id: t.arg.id({ required: true, description: "The status change's id." }),
      version: t.arg.int({ required: true, description: ownerVersionDescription("demand") }),
    },
    resolve: async (query, _root, args, ctx) => {
      const actor = actorOf(ctx);
      const demandId = await deleteDemandStatusChange(ctx.db, actor, decodeFor(args.id, "DemandStatusChange"), args.version);
      return ctx.db.demand.findUniqueOrThrow({ ...query, where: { id: demandId } });
    },
  }),
}));
