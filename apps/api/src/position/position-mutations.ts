// Mutations editors use: positions (with their quotes), evidence, articles (the change history: history.ts).
// Resolvers authorise, decode ids and delegate to services/editing, where validation and rules live.
import { STATE_CHANGES } from "@parley/domain";
import { builder } from "../graphql/builder.js";
import { requireEditor } from "../access/access.js";
import { ArticleNode, EvidenceNode, OutletNode } from "../article/article-type.js";
import { ProposalNode } from "../proposal/proposal-type.js";
import { AttributionEnum, ConfidenceEnum, DatePrecisionEnum, StanceEnum } from "../graphql/enums.js";
import { PartyNode } from "../party/party-type.js";
import { PersonNode } from "../person/person-type.js";
import { PositionNode } from "./position-type.js";
import { RoundNode } from "../round/round-type.js";
import { TopicNode } from "../topic/topic-type.js";
import { changePositionState, createPosition, revertPosition, updatePosition } from "./edit-position.js";
import { createArticle, createEvidence, updateArticle, updateEvidence } from "../article/edit-article.js";
import { changeDemandStatus, createDemand, updateDemand } from "../demand/edit-demand.js";
import { mergePeople } from "../person/merge-people.js";
import { DemandNode } from "./position-type.js";
import { DemandStatusEnum } from "../graphql/enums.js";

export const PartialDateInput = builder.inputType("PartialDateInput", {
  description: "A date as precise as the source: `on` (YYYY-MM-DD; any day within the month or year) and its precision.",
  fields: (t) => ({
    on: t.field({ type: "Date", required: false, description: "Null when the precision is UNKNOWN." }),
    precision: t.field({ type: DatePrecisionEnum, required: true, description: "DAY, MONTH, YEAR or UNKNOWN." }),
  }),
});

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
  if (input.proposalVersion !== undefined) out.proposalVersion = input.proposalVersion && { proposalId: input.proposalVersion.proposal.id, number: input.proposalVersion.number };
  return out;
}

const StateChangeEnum = builder.enumType("StateChange", {
  description: "An editorial state change: soft delete, restore, publish, unpublish.",
  values: STATE_CHANGES,
});

const EvidenceInput = builder.inputType("EvidenceInput", {
  description: "A quote: an article plus either a character range or the exact text (located by the server).",
  fields: (t) => ({
    article: t.globalID({ for: ArticleNode, required: true, description: "The article." }),
    start: t.int({ required: false, description: "Start offset (UTF-16 code units)." }),
    end: t.int({ required: false, description: "End offset (exclusive)." }),
    text: t.string({ required: false, description: "The exact text; checked against the range when both are given." }),
    occurrence: t.int({ required: false, description: "Which occurrence of `text` (1-based) when it appears more than once." }),
    translation: t.string({ required: false, description: "A translation." }),
    translationLanguage: t.string({ required: false, description: "The translation's language tag (default en)." }),
    attribution: t.field({ type: AttributionEnum, required: true, description: "How the article attributes the passage." }),
    confidence: t.field({ type: ConfidenceEnum, required: false, description: "Editors' confidence (default MEDIUM)." }),
    speaker: t.globalID({ for: PersonNode, required: false, description: "Who is quoted." }),
    speakerParty: t.globalID({ for: PartyNode, required: false, description: "For which party." }),
    note: t.string({ required: false, description: "Editors' note." }),
  }),
});

const ArticleInput = builder.inputType("ArticleInput", {
  description: "An article. On update, omitted fields keep their value; a new body re-anchors its quotes or is refused.",
  fields: (t) => ({
    slug: t.string({ required: false, description: "URL-safe identifier, unique." }),
    title: t.string({ required: false, description: "Title as published." }),
    author: t.string({ required: false, description: "Author." }),
    url: t.string({ required: false, description: "Where it was published." }),
    language: t.string({ required: false, description: "BCP 47 language tag of the body." }),
    published: t.field({ type: PartialDateInput, required: false, description: "Publication date." }),
    body: t.string({ required: false, description: "The full text." }),
    outlet: t.globalID({ for: OutletNode, required: false, description: "The outlet that published it (null: none)." }),
  }),
});

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

const EvidencePatchInput = builder.inputType("EvidencePatchInput", {
  description: "Changes to what is said about a quote; its span is fixed (mark a new passage instead).",
  fields: (t) => ({
    translation: t.string({ required: false, description: "A translation (null: remove it)." }),
    translationLanguage: t.string({ required: false, description: "The translation's language tag." }),
    attribution: t.field({ type: AttributionEnum, required: false, description: "How the article attributes it." }),
    confidence: t.field({ type: ConfidenceEnum, required: false, description: "Editors' confidence." }),
    speaker: t.globalID({ for: PersonNode, required: false, description: "Who is quoted." }),
    speakerParty: t.globalID({ for: PartyNode, required: false, description: "For which party." }),
    note: t.string({ required: false, description: "Editors' note." }),
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

const stripNulls = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined));
/** For updates: an explicit null clears a field (the service refuses it for required ones), absent keeps it. */
const defined = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

builder.mutationType({ description: "Changes. Editors and administrators only; every change is versioned and audited." });

builder.mutationFields((t) => ({
  createPosition: t.prismaField({
    type: PositionNode,
    description: "Records a position with the quotes behind it (as a draft).",
    args: { input: t.arg({ type: PositionInput, required: true, description: "The position." }) },
    resolve: async (query, _root, args, ctx) => {
      const actor = requireEditor(ctx);
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
      const actor = requireEditor(ctx);
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
      const actor = requireEditor(ctx);
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
      const actor = requireEditor(ctx);
      await revertPosition(ctx.db, actor, args.id.id, args.version, args.toVersion);
      return ctx.db.position.findUniqueOrThrow({ ...query, where: { id: args.id.id } });
    },
  }),
  createDemand: t.prismaField({
    type: DemandNode,
    description: "Records a demand with its quotes (as a draft); its history starts as OPEN.",
    args: { input: t.arg({ type: DemandInput, required: true, description: "The demand." }) },
    resolve: async (query, _root, args, ctx) => {
      const actor = requireEditor(ctx);
      const { from, to, topic, round, evidence, ...rest } = args.input;
      const id = await createDemand(ctx.db, actor, { ...rest, fromPartyId: from.id, toPartyId: to?.id, topicId: topic.id, roundId: round?.id, evidenceIds: evidence.map((e) => e.id) });
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
      const actor = requireEditor(ctx);
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
      const actor = requireEditor(ctx);
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
  updateEvidence: t.prismaField({
    type: EvidenceNode,
    description: "Changes a quote's translation, attribution, confidence, speaker or note.",
    args: {
      id: t.arg.globalID({ for: EvidenceNode, required: true, description: "The quote." }),
      version: t.arg.int({ required: true, description: "The version your change is based on." }),
      input: t.arg({ type: EvidencePatchInput, required: true, description: "The fields to change." }),
    },
    resolve: async (query, _root, args, ctx) => {
      const actor = requireEditor(ctx);
      const { speaker, speakerParty, ...rest } = args.input;
      await updateEvidence(ctx.db, actor, args.id.id, args.version, {
        ...defined(rest),
        ...(speaker !== undefined ? { speakerId: speaker?.id ?? null } : {}),
        ...(speakerParty !== undefined ? { speakerPartyId: speakerParty?.id ?? null } : {}),
      });
      return ctx.db.evidence.findUniqueOrThrow({ ...query, where: { id: args.id.id } });
    },
  }),
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
      const actor = requireEditor(ctx);
      const id = await mergePeople(ctx.db, actor, { id: args.keep.id, version: args.keepVersion }, { id: args.merge.id, version: args.mergeVersion });
      return ctx.db.person.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  createEvidence: t.prismaField({
    type: EvidenceNode,
    description: "Marks a passage of an article as evidence, by range or by exact text.",
    args: { input: t.arg({ type: EvidenceInput, required: true, description: "The passage." }) },
    resolve: async (query, _root, args, ctx) => {
      const actor = requireEditor(ctx);
      const { article, speaker, speakerParty, ...rest } = args.input;
      const id = await createEvidence(ctx.db, actor, { ...stripNulls(rest), articleId: article.id, speakerId: speaker?.id, speakerPartyId: speakerParty?.id });
      return ctx.db.evidence.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  createArticle: t.prismaField({
    type: ArticleNode,
    description: "Ingests an article (as a draft).",
    args: { input: t.arg({ type: ArticleInput, required: true, description: "The article." }) },
    resolve: async (query, _root, args, ctx) => {
      const actor = requireEditor(ctx);
      const { outlet, ...rest } = args.input;
      const id = await createArticle(ctx.db, actor, { ...stripNulls(rest), outletId: outlet?.id });
      return ctx.db.article.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  updateArticle: t.prismaField({
    type: ArticleNode,
    description: "Changes an article. A new body moves every quote to where its text now is; if any quote's text is gone, nothing changes.",
    args: {
      id: t.arg.globalID({ for: ArticleNode, required: true, description: "The article." }),
      version: t.arg.int({ required: true, description: "The version your change is based on." }),
      input: t.arg({ type: ArticleInput, required: true, description: "The fields to change." }),
    },
    resolve: async (query, _root, args, ctx) => {
      const actor = requireEditor(ctx);
      const { outlet, ...rest } = args.input;
      await updateArticle(ctx.db, actor, args.id.id, args.version, { ...defined(rest), ...(outlet !== undefined ? { outletId: outlet?.id ?? null } : {}) });
      return ctx.db.article.findUniqueOrThrow({ ...query, where: { id: args.id.id } });
    },
  }),
}));

