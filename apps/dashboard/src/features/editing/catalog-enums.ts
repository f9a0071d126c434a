// The values of the enums the catalog forms offer, in the order they offer them.
import type { Attendance, DelegationRole, PartyKind } from "@/generated/enums";

export const PARTY_KINDS = ["STATE", "ALLIANCE", "BLOC", "ORGANISATION", "OTHER"] as const satisfies readonly PartyKind[];
export const DELEGATION_ROLES = ["HEAD", "MEMBER", "ADVISER"] as const satisfies readonly DelegationRole[];
export const ATTENDANCES = ["CONFIRMED", "REPORTED", "UNCERTAIN", "ABSENT"] as const satisfies readonly Attendance[];
