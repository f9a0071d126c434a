// Delegations: the GraphQL input, and the create and update mutations over the record engine (delegation-record.ts).
import { builder } from "../graphql/builder.js";
import { defined, idOf } from "../graphql/input-mapping.js";
import { catalogRecordMutations } from "../record-engine/catalog-mutations.js";
import { EvidenceNode } from "../evidence/evidence-type.js";
import { AttendanceEnum, DelegationRoleEnum } from "../graphql/enums.js";
import { PartyNode } from "../party/party-type.js";
import { PersonNode } from "../person/person-type.js";
import { RoundNode } from "../round/round-type.js";
import { delegationRecord } from "./delegation-record.js";

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

type MemberArg = { person: { id: string }; role?: string | null; attendance?: string | null; evidence?: { id: string } | null };
const toRecord = ({ round, party, members, ...input }: { round?: { id: string } | null; party?: { id: string } | null; members?: MemberArg[] | null }) =>
  defined({
    ...input,
    roundId: idOf(round),
    partyId: idOf(party),
    members: members?.map((m) =>
      defined({ personId: m.person.id, role: m.role ?? undefined, attendance: m.attendance ?? undefined, evidenceId: idOf(m.evidence) }),
    ),
  });

const delegation = catalogRecordMutations({
  type: "Delegation",
  noun: "delegation",
  input: DelegationInput,
  record: delegationRecord,
  toRecord,
  load: (db, selection, id) => db.delegation.findUniqueOrThrow({ ...selection, where: { id } }),
});

builder.mutationFields((t) => ({
  createDelegation: t.prismaField(delegation.create),
  updateDelegation: t.prismaField(delegation.update),
}));
