// Mutations for the sources a round keeps as part of itself: quotes behind its facts and the dates sources
// gave for it. Each names the round's version; services: edit-round-evidence.ts, edit-round-date-reports.ts.
import { decodeFor } from "../graphql/global-id.js";
import { addRoundEvidence, removeRoundEvidence } from "./edit-round-evidence.js";
import { createRoundDateReport, deleteRoundDateReport, updateRoundDateReport } from "./edit-round-date-reports.js";
import { ownerVersionDescription } from "../record-engine/record-mutation-args.js";
import { decodedPatch } from "../graphql/input-mapping.js";
import { actorOf } from "../access/access.js";
import { EvidenceNode } from "../evidence/evidence-type.js";
import { builder } from "../graphql/builder.js";
import { PartialDateInput } from "../graphql/partial-date.js";
import { DateReportKindEnum, RoundAspectEnum } from "../graphql/enums.js";
import { RoundNode } from "./round-type.js";

// A date report is not a node, but editors must name it: a global id of its own type.
builder.prismaObjectFields("RoundDateReport", (t) => ({
  id: t.globalID({
    description: "Names the report to updateRoundDateReport and deleteRoundDateReport.",
    resolve: (r) => ({ type: "RoundDateReport", id: r.id }),
  }),
  round: t.relation("round", { description: "The round reported on." }),
}));
const RoundDateReportInput = builder.inputType("RoundDateReportInput", {
  description: "A date a source gave for a round. Creating one needs `kind`, `start` and `evidence`; on update, omitted fields keep their value.",
  fields: (t) => ({
    kind: t.field({ type: DateReportKindEnum, required: false, description: "A planned date or the date it was held." }),
    start: t.field({ type: PartialDateInput, required: false, description: "The reported start, as precisely as the source gives it." }),
    end: t.field({ type: PartialDateInput, required: false, description: "The reported end (omit: unknown); may not come before the start." }),
    evidence: t.globalID({ for: EvidenceNode, required: false, description: "The quote giving the date (a report always keeps one)." }),
    note: t.string({ required: false, description: "Editors' note (null: remove it)." }),
  }),
});

builder.mutationFields((t) => ({
  addRoundEvidence: t.prismaField({
    type: RoundNode,
    description: "Makes a quote evidence for a fact about a round (its date, venue, outcome…). A new version of the round, audited on it.",
    args: {
      round: t.arg.globalID({ for: RoundNode, required: true, description: "The round." }),
      version: t.arg.int({ required: true, description: ownerVersionDescription("round") }),
      evidence: t.arg.globalID({ for: EvidenceNode, required: true, description: "The quote (not deleted)." }),
      aspect: t.arg({ type: RoundAspectEnum, required: true, description: "Which fact it supports." }),
    },
    resolve: async (query, _root, args, ctx) => {
      const actor = actorOf(ctx);
      await addRoundEvidence(ctx.db, actor, { roundId: args.round.id, version: args.version, evidenceId: args.evidence.id, aspect: args.aspect });
      return ctx.db.round.findUniqueOrThrow({ ...query, where: { id: args.round.id } });
    },
  }),
  removeRoundEvidence: t.prismaField({
    type: RoundNode,
    description: "Takes a quote out of the evidence for a fact about a round (the quote itself stays). A new version of the round.",
    args: {
      round: t.arg.globalID({ for: RoundNode, required: true, description: "The round." }),
      version: t.arg.int({ required: true, description: ownerVersionDescription("round") }),
      evidence: t.arg.globalID({ for: EvidenceNode, required: true, description: "The quote." }),
      aspect: t.arg({ type: RoundAspectEnum, required: true, description: "The fact it supported." }),
    },
    resolve: async (query, _root, args, ctx) => {
      const actor = actorOf(ctx);
      await removeRoundEvidence(ctx.db, actor, { roundId: args.round.id, version: args.version, evidenceId: args.evidence.id, aspect: args.aspect });
      return ctx.db.round.findUniqueOrThrow({ ...query, where: { id: args.round.id } });
    },
  }),
  createRoundDateReport: t.prismaField({
    type: "RoundDateReport",
    description: "Records a date a source gave for a round (planned or held), with its quote. A new version of the round; read it through `round`.",
    args: {
      round: t.arg.globalID({ for: RoundNode, required: true, description: "The round." }),
      version: t.arg.int({ required: true, description: ownerVersionDescription("round") }),
      input: t.arg({ type: RoundDateReportInput, required: true, description: "The report." }),
    },
    resolve: async (query, _root, args, ctx) => {
      const actor = actorOf(ctx);
      const id = await createRoundDateReport(ctx.db, actor, args.round.id, args.version, decodedPatch(args.input, { evidence: "evidenceId" }));
      return ctx.db.roundDateReport.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  updateRoundDateReport: t.prismaField({
    type: "RoundDateReport",
    description: "Corrects a date report. A new version of its round.",
    args: {
      id: t.arg.id({ required: true, description: "The report's id." }),
      version: t.arg.int({ required: true, description: ownerVersionDescription("round") }),
      input: t.arg({ type: RoundDateReportInput, required: true, description: "The fields to change." }),
    },
    resolve: async (query, _root, args, ctx) => {
      const actor = actorOf(ctx);
      const id = await updateRoundDateReport(
        ctx.db,
        actor,
        decodeFor(args.id, "RoundDateReport"),
        args.version,
        decodedPatch(args.input, { evidence: "evidenceId" }),
      );
      return ctx.db.roundDateReport.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  deleteRoundDateReport: t.prismaField({
    type: RoundNode,
    description: "Removes a wrong date report. A new version of its round (a revert of the round brings it back).",
    args: {
      id: t.arg.id({ required: true, description: "The report's id." }),
      version: t.arg.int({ required: true, description: ownerVersionDescription("round") }),
    },
    resolve: async (query, _root, args, ctx) => {
      const actor = actorOf(ctx);
      const roundId = await deleteRoundDateReport(ctx.db, actor, decodeFor(args.id, "RoundDateReport"), args.version);
      return ctx.db.round.findUniqueOrThrow({ ...query, where: { id: roundId } });
    },
  }),
}));
