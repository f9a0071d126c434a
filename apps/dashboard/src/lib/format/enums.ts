// The API's enums whose values the interface shows, with their values (labels live in messages/*/enums.json).
import type {
  Attendance,
  Attribution,
  Confidence,
  DateReportKind,
  DelegationRole,
  DemandStatus,
  EditorialStatus,
  EventPartyRole,
  EventType,
  Movement,
  NameKind,
  ParticipantRole,
  PartyKind,
  Role,
  RoundAspect,
  RoundFormat,
  RoundStatus,
  Stance,
} from "@/generated/enums";

export interface EnumTypes {
  Attendance: Attendance;
  Attribution: Attribution;
  Confidence: Confidence;
  DateReportKind: DateReportKind;
  DelegationRole: DelegationRole;
  DemandStatus: DemandStatus;
  EditorialStatus: EditorialStatus;
  EventPartyRole: EventPartyRole;
  EventType: EventType;
  Movement: Movement;
  NameKind: NameKind;
  ParticipantRole: ParticipantRole;
  PartyKind: PartyKind;
  Role: Role;
  RoundAspect: RoundAspect;
  RoundFormat: RoundFormat;
  RoundStatus: RoundStatus;
  Stance: Stance;
}

export type EnumName = keyof EnumTypes;
export type EnumValue<E extends EnumName> = EnumTypes[E];

/** Values in the order filters offer them (the stance scale from +3 to −3). */
export const enumValues = {
  Stance: ["DEMANDS", "SUPPORTS", "CONDITIONAL", "OPEN_TO", "OPPOSES", "REJECTS"],
  Movement: ["NEW", "UNCHANGED", "HARDENED", "SOFTENED", "REVERSED"],
  DemandStatus: ["OPEN", "PARTLY_MET", "MET", "REJECTED", "WITHDRAWN", "SUPERSEDED"],
  EditorialStatus: ["PUBLISHED", "DRAFT"],
  RoundStatus: ["PLANNED", "HELD", "POSTPONED", "CANCELLED"],
  Attribution: ["ON_RECORD", "ANONYMOUS_OFFICIAL", "LEAKED_DOCUMENT", "OUTLET_ASSESSMENT"],
  RoundAspect: ["GENERAL", "DATE", "VENUE", "FORMAT", "PARTICIPANTS", "AGENDA", "ATMOSPHERE", "OUTCOME"],
} as const satisfies { [E in EnumName]?: readonly EnumValue<E>[] };
