// The choices the round forms offer, in the order they are offered (typed against the API's enums).
import type { DateReportKind, ParticipantRole, RoundAspect, RoundFormat } from "@/generated/enums";

export const ROUND_FORMATS = [
  "MULTILATERAL",
  "TRILATERAL",
  "BILATERAL",
  "SUMMIT",
  "VIDEO_CALL",
  "PHONE_CALL",
  "OTHER",
] as const satisfies readonly RoundFormat[];
export const PARTICIPANT_ROLES = ["PARTICIPANT", "HOST", "MEDIATOR", "OBSERVER"] as const satisfies readonly ParticipantRole[];
export const DATE_REPORT_KINDS = ["HELD", "PLANNED"] as const satisfies readonly DateReportKind[];
export const ROUND_ASPECTS = [
  "DATE",
  "VENUE",
  "PARTICIPANTS",
  "FORMAT",
  "AGENDA",
  "OUTCOME",
  "ATMOSPHERE",
  "GENERAL",
] as const satisfies readonly RoundAspect[];
