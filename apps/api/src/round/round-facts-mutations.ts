// Mutations for the sources a record keeps as part of itself: quotes behind a round's facts and behind a
// proposal, the dates sources gave for a round, and corrections to a demand's status history. Each names
// the version of the owning round, proposal or demand. Resolvers authorise, decode ids and delegate to
// services/editing/round-facts.ts.
import { decodeFor } from "../graphql/global-id.js";
import {
  addProposalEvidence,
  addRoundEvidence,
  createRoundDateReport,
  deleteDemandStatusChange,
  deleteRoundDateReport,
  removeProposalEvidence,
  removeRoundEvidence,
  updateDemandStatusChange,
  updateRoundDateReport,
} from "./edit-round-facts.js";
import { actorOf } from "../access/access.js";
import { EvidenceNode } from "../evidence/evidence-type.js";
import { builder } from "../graphql/builder.js";
import { PartialDateInput } from "../graphql/partial-date.js";
import { DateReportKindEnum, DemandStatusEnum, RoundAspectEnum } from "../graphql/enums.js";
import { DemandNode } from "../demand/demand-type.js";
import { ProposalNode } from "../proposal/proposal-type.js";
import { RoundNode } from "./round-type.js";

// The rows edited here are not nodes, but editors must name them: a global id of their own type.
builder.prismaObjectFields("RoundDateReport", (t) => ({
  id: t.globalID({
    description: "Names the report to updateRoundDateReport and deleteRoundDateReport.",
    resolve: (r) => ({ type: "RoundDateReport", id: r.id }),
  }),
  round: t.relation("round", { description: "The round reported on." }),
}));
builder.prismaObjectFields("DemandStatusChange", (t) => ({
  id: t.globalID({
    description: "Names the change to updateDemandStatusChange and deleteDemandStatusChange.",
    resolve: (c) => ({ type: "DemandStatusChange", id: c.id }),
  }),
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

type Gid = { id: string } | null | undefined;
/** GraphQL input → service fields: ids decoded; absent stays absent, an explicit null clears. */
function fields(input: Record<string, unknown>, ids: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined) continue;
    const column = ids[key];
    if (column !== undefined) out[column] = (value as Gid)?.id ?? null;
    else out[key] = value;
  }
  return out;
}

const VERSION_OF = (owner: string) => `The ${owner}'s version your change is based on; a stale one gets CONFLICT with the current ${owner}.`;

builder.mutationFields((t) => ({
  addRoundEvidence: t.prismaField({
    type: RoundNode,
    description: "Makes a quote evidence for a fact about a round (its date, venue, outcome…). A new version of the round, audited on it.",
    args: {
      round: t.arg.globalID({ for: RoundNode, required: true, description: "The round." }),
      version: t.arg.int({ required: true, description: VERSION_OF("round") }),
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
      version: t.arg.int({ required: true, description: VERSION_OF("round") }),
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
      version: t.arg.int({ required: true, description: VERSION_OF("round") }),
      input: t.arg({ type: RoundDateReportInput, required: true, description: "The report." }),
    },
    resolve: async (query, _root, args, ctx) => {
      const actor = actorOf(ctx);
      const id = await createRoundDateReport(ctx.db, actor, args.round.id, args.version, fields(args.input, { evidence: "evidenceId" }));
      return ctx.db.roundDateReport.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  updateRoundDateReport: t.prismaField({
    type: "RoundDateReport",
    description: "Corrects a date report. A new version of its round.",
    args: {
      id: t.arg.id({ required: true, description: "The report's id." }),
      version: t.arg.int({ required: true, description: VERSION_OF("round") }),
      input: t.arg({ type: RoundDateReportInput, required: true, description: "The fields to change." }),
    },
    resolve: async (query, _root, args, ctx) => {
      const actor = actorOf(ctx);
      const id = await updateRoundDateReport(
        ctx.db,
        actor,
        decodeFor(args.id, "RoundDateReport"),
        args.version,
        fields(args.input, { evidence: "evidenceId" }),
      );
      return ctx.db.roundDateReport.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  deleteRoundDateReport: t.prismaField({
    type: RoundNode,
    description: "Removes a wrong date report. A new version of its round (a revert of the round brings it back).",
    args: {
      id: t.arg.id({ required: true, description: "The report's id." }),
      version: t.arg.int({ required: true, description: VERSION_OF("round") }),
    },
    resolve: async (query, _root, args, ctx) => {
      const actor = actorOf(ctx);
      const roundId = await deleteRoundDateReport(ctx.db, actor, decodeFor(args.id, "RoundDateReport"), args.version);
      return ctx.db.round.findUniqueOrThrow({ ...query, where: { id: roundId } });
    },
  }),
  addProposalEvidence: t.prismaField({
    type: ProposalNode,
    description: "Makes a quote evidence for a proposal. A new version of the proposal, audited on it.",
    args: {
      proposal: t.arg.globalID({ for: ProposalNode, required: true, description: "The proposal." }),
      version: t.arg.int({ required: true, description: VERSION_OF("proposal") }),
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
      version: t.arg.int({ required: true, description: VERSION_OF("proposal") }),
      evidence: t.arg.globalID({ for: EvidenceNode, required: true, description: "The quote." }),
    },
    resolve: async (query, _root, args, ctx) => {
      const actor = actorOf(ctx);
      await removeProposalEvidence(ctx.db, actor, args.proposal.id, args.version, args.evidence.id);
      return ctx.db.proposal.findUniqueOrThrow({ ...query, where: { id: args.proposal.id } });
    },
  }),
  updateDemandStatusChange: t.prismaField({
    type: DemandNode,
    description: "Corrects one entry of a demand's status history; the demand's status follows its latest entry. A new version of the demand.",
    args: {
      id: t.arg.id({ required: true, description: "The status change's id." }),
      version: t.arg.int({ required: true, description: VERSION_OF("demand") }),
      input: t.arg({ type: DemandStatusChangePatchInput, required: true, description: "The fields to change." }),
    },
    resolve: async (query, _root, args, ctx) => {
      const actor = actorOf(ctx);
      const demandId = await updateDemandStatusChange(
        ctx.db,
        actor,
        decodeFor(args.id, "DemandStatusChange"),
        args.version,
        fields(args.input, { round: "roundId", evidence: "evidenceId" }),
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
      version: t.arg.int({ required: true, description: VERSION_OF("demand") }),
    },
    resolve: async (query, _root, args, ctx) => {
      const actor = actorOf(ctx);
      const demandId = await deleteDemandStatusChange(ctx.db, actor, decodeFor(args.id, "DemandStatusChange"), args.version);
      return ctx.db.demand.findUniqueOrThrow({ ...query, where: { id: demandId } });
    },
  }),
}));
