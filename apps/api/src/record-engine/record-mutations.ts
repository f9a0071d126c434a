// Mutations for the catalog records: create and update per type, and one `changeState` for every
// editable type (soft delete, restore, publish, unpublish). Resolvers decode global ids and delegate to
// services/editing/entities.ts, where validation and the write live.
import { STATE_CHANGES } from "@parley/domain";
import { decodeFor, decodeId } from "../graphql/global-id.js";
import { AppError } from "../errors.js";
import { changeEntityState, createEntity, revertEntity, updateEntity, ENTITIES, STATE_ONLY, type EntityType } from "./records.js";
import { changePositionState } from "../position/edit-position.js";
import { revertSource } from "./revert-source.js";
import { requireEditor } from "../access/access.js";
import { EvidenceNode } from "../article/article-type.js";
import { PartialDateInput } from "../position/position-mutations.js";
import { builder } from "../graphql/builder.js";
import { AttendanceEnum, DelegationRoleEnum, ParticipantRoleEnum, PartyKindEnum, RoundFormatEnum, RoundStatusEnum } from "../graphql/enums.js";
import { PartyNode } from "../party/party-type.js";
import { PersonNode } from "../person/person-type.js";
import { RoundNode } from "../round/round-type.js";
import { TopicNode } from "../topic/topic-type.js";

type Gid = { id: string } | null | undefined;
const idOf = (g: Gid) => (g === undefined ? undefined : (g?.id ?? null));
const defined = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

const OutletInput = builder.inputType("OutletInput", {
  description: "A news outlet. On update, omitted fields keep their value.",
  fields: (t) => ({
    slug: t.string({ required: false, description: "URL-safe identifier, unique." }),
    name: t.string({ required: false, description: "Name." }),
    url: t.string({ required: false, description: "Home page." }),
    country: t.string({ required: false, description: "ISO 3166 country code." }),
    language: t.string({ required: false, description: "Main language." }),
  }),
});

const PartyInput = builder.inputType("PartyInput", {
  description: "A party. On update, omitted fields keep their value; `aliases` replaces the list.",
  fields: (t) => ({
    slug: t.string({ required: false, description: "URL-safe identifier, unique." }),
    name: t.string({ required: false, description: "Canonical English name." }),
    shortName: t.string({ required: false, description: "Abbreviation." }),
    kind: t.field({ type: PartyKindEnum, required: false, description: "What kind of actor." }),
    description: t.string({ required: false, description: "Editors' note." }),
    aliases: t.stringList({ required: false, description: "Other names and spellings." }),
  }),
});

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

const TopicInput = builder.inputType("TopicInput", {
  description: "A topic. Moving it (parent) moves its subtree.",
  fields: (t) => ({
    slug: t.string({ required: false, description: "URL-safe identifier, unique." }),
    name: t.string({ required: false, description: "Name." }),
    proposition: t.string({ required: false, description: "What stances on it are measured against." }),
    description: t.string({ required: false, description: "Editors' note." }),
    parent: t.globalID({ for: TopicNode, required: false, description: "The broader topic (null: a root topic)." }),
    aliases: t.stringList({ required: false, description: "Other names and spellings." }),
  }),
});

const ProcessInput = builder.inputType("ProcessInput", {
  description: "A negotiation process.",
  fields: (t) => ({
    slug: t.string({ required: false, description: "URL-safe identifier, unique." }),
    name: t.string({ required: false, description: "Name." }),
    description: t.string({ required: false, description: "Editors' description." }),
  }),
});

const ParticipantInput = builder.inputType("ParticipantInput", {
  description: "A party at a round.",
  fields: (t) => ({
    party: t.globalID({ for: PartyNode, required: true, description: "The party." }),
    role: t.field({ type: ParticipantRoleEnum, required: false, description: "Its role (default PARTICIPANT)." }),
  }),
});

const RoundInput = builder.inputType("RoundInput", {
  description: "A round or meeting. `participants` and `agenda` replace the lists when given.",
  fields: (t) => ({
    slug: t.string({ required: false, description: "URL-safe identifier, unique." }),
    process: t.globalID({ required: false, description: "The process it belongs to." }),
    sequence: t.int({ required: false, description: "Number within the process." }),
    title: t.string({ required: false, description: "Title." }),
    format: t.field({ type: RoundFormatEnum, required: false, description: "Format." }),
    roundStatus: t.field({ type: RoundStatusEnum, required: false, description: "Planned, held, postponed or cancelled." }),
    city: t.string({ required: false, description: "City." }),
    venue: t.string({ required: false, description: "Venue." }),
    country: t.string({ required: false, description: "ISO 3166 country code." }),
    start: t.field({ type: PartialDateInput, required: false, description: "Start, as precisely as known." }),
    end: t.field({ type: PartialDateInput, required: false, description: "End; may not come before the start." }),
    summary: t.string({ required: false, description: "What it was about." }),
    outcome: t.string({ required: false, description: "What came of it." }),
    participants: t.field({ type: [ParticipantInput], required: false, description: "Parties at the table." }),
    agenda: t.globalIDList({ for: TopicNode, required: false, description: "Topics on the agenda." }),
  }),
});

const MemberInput = builder.inputType("DelegationMemberInput", {
  description: "A member of a delegation.",
  fields: (t) => ({
    person: t.globalID({ for: PersonNode, required: true, description: "The delegate." }),
    role: t.field({ type: DelegationRoleEnum, required: false, description: "Head, member or adviser (default MEMBER)." }),
    attendance: t.field({ type: AttendanceEnum, required: false, description: "How certain the attendance is (default REPORTED)." }),
    evidence: t.globalID({ for: EvidenceNode, required: false, description: "The quote naming the delegate." }),
  }),
});

const DelegationInput = builder.inputType("DelegationInput", {
  description: "Who represented a party at a round. `members` replaces the list when given (at most one head).",
  fields: (t) => ({
    round: t.globalID({ for: RoundNode, required: false, description: "The round." }),
    party: t.globalID({ for: PartyNode, required: false, description: "The party." }),
    note: t.string({ required: false, description: "Editors' note." }),
    members: t.field({ type: [MemberInput], required: false, description: "The members." }),
  }),
});

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
    pointCountNote: t.string({ required: false, description: "The count as the sources give it (\"19 to 27\")." }),
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

// GraphQL input → service input (ids decoded, absent stays absent).
type In = Record<string, unknown>;
const MAPPERS: Record<EntityType, (i: In) => In> = {
  Outlet: (i) => defined(i),
  Party: (i) => defined(i),
  Person: ({ roles, ...i }) =>
    defined({
      ...i,
      roles: (roles as (In & { party?: Gid; evidence?: Gid })[] | null | undefined)?.map(({ party, evidence, ...r }) => defined({ ...r, partyId: idOf(party), evidenceId: idOf(evidence) })),
    }),
  Topic: ({ parent, ...i }) => defined({ ...i, parentId: idOf(parent as Gid) }),
  NegotiationProcess: (i) => defined(i),
  Round: ({ process, participants, agenda, ...i }) =>
    defined({
      ...i,
      processId: idOf(process as Gid),
      participants: (participants as { party: { id: string }; role?: string | null }[] | null | undefined)?.map((p) => defined({ partyId: p.party.id, role: p.role ?? undefined })),
      agendaTopicIds: (agenda as { id: string }[] | null | undefined)?.map((a) => a.id),
    }),
  Delegation: ({ round, party, members, ...i }) =>
    defined({
      ...i,
      roundId: idOf(round as Gid),
      partyId: idOf(party as Gid),
      members: (members as { person: { id: string }; role?: string | null; attendance?: string | null; evidence?: Gid }[] | null | undefined)?.map((m) =>
        defined({ personId: m.person.id, role: m.role ?? undefined, attendance: m.attendance ?? undefined, evidenceId: idOf(m.evidence) }),
      ),
    }),
  Proposal: ({ authorParty, versions, ...i }) =>
    defined({
      ...i,
      authorPartyId: idOf(authorParty as Gid),
      versions: (versions as (In & { round?: Gid; points?: (In & { topic?: Gid })[] | null })[] | null | undefined)?.map(({ round, points, ...v }) =>
        defined({ ...v, roundId: idOf(round), points: points?.map(({ topic, ...p }) => defined({ ...p, topicId: idOf(topic) })) }),
      ),
    }),
};

const INPUTS = { Outlet: OutletInput, Party: PartyInput, Person: PersonInput, Topic: TopicInput, NegotiationProcess: ProcessInput, Round: RoundInput, Delegation: DelegationInput, Proposal: ProposalInput };
const NAMES: Record<EntityType, string> = { Outlet: "Outlet", Party: "Party", Person: "Person", Topic: "Topic", NegotiationProcess: "Process", Round: "Round", Delegation: "Delegation", Proposal: "Proposal" };
const DELEGATES = {
  Outlet: "outlet",
  Party: "party",
  Person: "person",
  Topic: "topic",
  NegotiationProcess: "negotiationProcess",
  Round: "round",
  Delegation: "delegation",
  Proposal: "proposal",
} as const;

for (const type of Object.keys(ENTITIES) as EntityType[]) {
  const name = NAMES[type];
  const input = INPUTS[type];
  builder.mutationFields((t) => ({
    [`create${name}`]: t.prismaField({
      type: type,
      description: `Creates a ${name.toLowerCase()} (as a draft).`,
      args: { input: t.arg({ type: input, required: true, description: "The record." }) },
      resolve: async (query, _root, args, ctx) => {
        const actor = requireEditor(ctx);
        const id = await createEntity(ctx.db, actor, type, MAPPERS[type](args.input as In));
        return (ctx.db[DELEGATES[type]] as unknown as { findUniqueOrThrow(a: object): Promise<never> }).findUniqueOrThrow({ ...query, where: { id } });
      },
    }),
    [`update${name}`]: t.prismaField({
      type: type,
      description: `Changes a ${name.toLowerCase()}. A stale \`version\` gets CONFLICT with the current record.`,
      args: {
        id: t.arg.id({ required: true, description: "Its global id." }),
        version: t.arg.int({ required: true, description: "The version your change is based on." }),
        input: t.arg({ type: input, required: true, description: "The fields to change." }),
      },
      resolve: async (query, _root, args, ctx) => {
        const actor = requireEditor(ctx);
        const id = decodeFor(String(args.id), type);
        await updateEntity(ctx.db, actor, type, id, args.version, MAPPERS[type](args.input as In));
        return (ctx.db[DELEGATES[type]] as unknown as { findUniqueOrThrow(a: object): Promise<never> }).findUniqueOrThrow({ ...query, where: { id } });
      },
    }),
  }));
}


const StateChangeRef = builder.enumType("RecordStateChange", {
  description: "An editorial state change for any editable record.",
  values: STATE_CHANGES,
});

interface StateResult {
  id: string;
  version: number;
  status: string;
  deleted: boolean;
}

const StateResultRef = builder.objectRef<StateResult>("StateChangeResult").implement({
  description: "A record's editorial state after a change.",
  fields: (t) => ({
    id: t.exposeID("id", { description: "The record's global id." }),
    version: t.exposeInt("version", { description: "Its new version." }),
    status: t.exposeString("status", { description: "DRAFT or PUBLISHED." }),
    deleted: t.exposeBoolean("deleted", { description: "Whether it is soft-deleted." }),
  }),
});

builder.mutationField("changeState", (t) =>
  t.field({
    type: StateResultRef,
    description: "Soft-deletes, restores, publishes or unpublishes any editable record: article, evidence, position, demand, outlet, party, person, topic, process, round, delegation, proposal.",
    args: {
      id: t.arg.id({ required: true, description: "The record's global id." }),
      version: t.arg.int({ required: true, description: "The version your change is based on." }),
      change: t.arg({ type: StateChangeRef, required: true, description: "What to do." }),
    },
    resolve: async (_root, args, ctx) => {
      const actor = requireEditor(ctx);
      const decoded = decodeId(args.id);
      let row: { version: number; status: string; deletedAt: Date | null };
      if (decoded.typename === "Position") {
        await changePositionState(ctx.db, actor, decoded.id, args.version, args.change);
        row = await ctx.db.position.findUniqueOrThrow({ where: { id: decoded.id } });
      } else if (decoded.typename in ENTITIES || decoded.typename in STATE_ONLY) {
        const type = decoded.typename as EntityType | keyof typeof STATE_ONLY;
        await changeEntityState(ctx.db, actor, type, decoded.id, args.version, args.change);
        const delegate = { ...DELEGATES, Article: "article", Evidence: "evidence", Demand: "demand" } as const;
        row = await (ctx.db[delegate[type]] as unknown as { findUniqueOrThrow(a: object): Promise<typeof row> }).findUniqueOrThrow({ where: { id: decoded.id } });
      } else {
        throw new AppError("BAD_USER_INPUT", `Records of type ${decoded.typename} have no editorial state here.`, { argument: "id" });
      }
      return { id: String(args.id), version: row.version, status: row.status, deleted: row.deletedAt !== null };
    },
  }),
);

builder.mutationField("revertRecord", (t) =>
  t.field({
    type: StateResultRef,
    description: "Puts a record back as it was at an earlier version (fields and lists), as a new version: articles (quotes re-anchored, or refused), evidence, demands, outlets, parties, people, topics, processes, rounds, delegations, proposals. Positions have revertPosition.",
    args: {
      id: t.arg.id({ required: true, description: "The record's global id." }),
      version: t.arg.int({ required: true, description: "Its current version." }),
      toVersion: t.arg.int({ required: true, description: "The version to return to." }),
    },
    resolve: async (_root, args, ctx) => {
      const actor = requireEditor(ctx);
      const decoded = decodeId(args.id);
      const sources = { Article: "article", Evidence: "evidence", Demand: "demand" } as const;
      let delegate: (typeof DELEGATES)[EntityType] | (typeof sources)[keyof typeof sources];
      if (decoded.typename in sources) {
        const type = decoded.typename as keyof typeof sources;
        await revertSource(ctx.db, actor, type, decoded.id, args.version, args.toVersion);
        delegate = sources[type];
      } else if (decoded.typename in ENTITIES) {
        const type = decoded.typename as EntityType;
        await revertEntity(ctx.db, actor, type, decoded.id, args.version, args.toVersion);
        delegate = DELEGATES[type];
      } else {
        throw new AppError("BAD_USER_INPUT", `Records of type ${decoded.typename} are not reverted here (positions: revertPosition).`, { argument: "id" });
      }
      const row = await (ctx.db[delegate] as unknown as { findUniqueOrThrow(a: object): Promise<{ version: number; status: string; deletedAt: Date | null }> }).findUniqueOrThrow({ where: { id: decoded.id } });
      return { id: String(args.id), version: row.version, status: row.status, deleted: row.deletedAt !== null };
    },
  }),
);
