// The domain's enumerations, exposed under the same names as in the database.
import {
  Attendance,
  Attribution,
  Confidence,
  DatePrecision,
  DateReportKind,
  DelegationRole,
  DemandStatus,
  EditorialStatus,
  EventPartyRole,
  EventType,
  Movement,
  ParticipantRole,
  PartyKind,
  RoundAspect,
  RoundFormat,
  RoundStatus,
  Stance,
} from "@parley/db";
import { builder } from "./builder.js";

export const EditorialStatusEnum = builder.enumType(EditorialStatus, {
  name: "EditorialStatus",
  description: "Editorial state: drafts are visible to staff only.",
});
export const DatePrecisionEnum = builder.enumType(DatePrecision, {
  name: "DatePrecision",
  description: "How precise a reported date is: a MONTH date is stored as the 1st of its month, a YEAR date as 1 January.",
});
export const PartyKindEnum = builder.enumType(PartyKind, { name: "PartyKind", description: "What kind of actor a party is." });
export const AttributionEnum = builder.enumType(Attribution, {
  name: "Attribution",
  description: "How the article attributes a quote: a named speaker, an anonymous official, a leaked document, or the outlet itself.",
});
export const ConfidenceEnum = builder.enumType(Confidence, { name: "Confidence", description: "The editors' confidence in a quote's reading." });
export const RoundFormatEnum = builder.enumType(RoundFormat, { name: "RoundFormat", description: "The format of a meeting." });
export const RoundStatusEnum = builder.enumType(RoundStatus, {
  name: "RoundStatus",
  description: "Whether a meeting is planned, was held, postponed or cancelled.",
});
export const ParticipantRoleEnum = builder.enumType(ParticipantRole, { name: "ParticipantRole", description: "A party's role at a meeting." });
export const DateReportKindEnum = builder.enumType(DateReportKind, {
  name: "DateReportKind",
  description: "Whether a source reports a planned date or the date a meeting was held.",
});
export const RoundAspectEnum = builder.enumType(RoundAspect, { name: "RoundAspect", description: "Which fact about a round a quote supports." });
export const DelegationRoleEnum = builder.enumType(DelegationRole, { name: "DelegationRole", description: "A member's role in a delegation." });
export const AttendanceEnum = builder.enumType(Attendance, {
  name: "Attendance",
  description: "Whether the sources confirm a delegate's presence, merely report it, doubt it, or report an absence.",
});
export const StanceEnum = builder.enumType(Stance, {
  name: "Stance",
  description:
    "A party's stance toward a topic's proposition, from most to least in favour. Scores: DEMANDS +3, SUPPORTS +2, CONDITIONAL +1, OPEN_TO 0, OPPOSES −2, REJECTS −3.",
});
export const MovementEnum = builder.enumType(Movement, {
  name: "Movement",
  description:
    "How a position moved since the same party's previous position on the topic: NEW (none before), UNCHANGED, HARDENED (further from OPEN_TO on the same side), SOFTENED (closer to it), REVERSED (crossed sides).",
});
export const DemandStatusEnum = builder.enumType(DemandStatus, { name: "DemandStatus", description: "Where a demand stands." });
export const EventTypeEnum = builder.enumType(EventType, {
  name: "EventType",
  description: "What kind of event outside the talks: a strike, the humanitarian toll, the battlefield, a treaty, a technical measure.",
});
export const EventPartyRoleEnum = builder.enumType(EventPartyRole, {
  name: "EventPartyRole",
  description: "How a party is involved in an event: ACTOR (carried it out), AFFECTED (was hit), INVOLVED (otherwise).",
});
