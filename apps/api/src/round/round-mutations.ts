// Rounds: the GraphQL input, and the create and update mutations over the record engine (round-record.ts).
import { builder } from "../graphql/builder.js";
import { defined, idOf } from "../graphql/input-mapping.js";
import { catalogRecordMutations } from "../record-engine/catalog-mutations.js";
import { PartialDateInput } from "../graphql/partial-date.js";
import { ParticipantRoleEnum, RoundFormatEnum, RoundStatusEnum } from "../graphql/enums.js";
import { PartyNode } from "../party/party-type.js";
import { TopicNode } from "../topic/topic-type.js";
import { roundRecord } from "./round-record.js";

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

type RoundArgs = { process?: { id: string } | null; participants?: { party: { id: string }; role?: string | null }[] | null; agenda?: { id: string }[] | null };
const toRecord = ({ process, participants, agenda, ...input }: RoundArgs) =>
  defined({
    ...input,
    processId: idOf(process),
    participants: participants?.map((p) => defined({ partyId: p.party.id, role: p.role ?? undefined })),
    agendaTopicIds: agenda?.map((a) => a.id),
  });

const round = catalogRecordMutations({
  type: "Round",
  noun: "round",
  input: RoundInput,
  record: roundRecord,
  toRecord,
  load: (db, selection, id) => db.round.findUniqueOrThrow({ ...selection, where: { id } }),
});

builder.mutationFields((t) => ({
  createRound: t.prismaField(round.create),
  updateRound: t.prismaField(round.update),
}));
