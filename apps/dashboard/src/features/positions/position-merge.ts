// Merging two edits of one position after a CONFLICT: which fields differ, which side each starts on,
// and the values a save then sends. Relations compare by id; a date by what it means, not how it was typed.
import type { ConflictSide } from "@/features/editing/conflict-view";
import { toPartialDateInput } from "@/features/editing/partial-date-value";
import * as kit from "@/features/editing/use-record-form";
import { POSITION_FIELDS, type PositionField, type PositionFormValues } from "./position-form-schema";

function comparable(values: PositionFormValues, field: PositionField): string {
  switch (field) {
    case "summary":
      return values.summary.trim();
    case "stance":
      return values.stance;
    case "stated":
      return JSON.stringify(toPartialDateInput(values.stated));
    case "party":
    case "topic":
      return values[field].id;
    case "round":
    case "speaker":
      return values[field]?.id ?? "";
    case "evidence":
      return values.evidence.map((e) => e.id).join(",");
  }
}

export function sameField(a: PositionFormValues, b: PositionFormValues, field: PositionField): boolean {
  return comparable(a, field) === comparable(b, field);
}

/** The fields on which the editor's values and the saved ones differ. */
export const differingFields = (mine: PositionFormValues, theirs: PositionFormValues): PositionField[] =>
  kit.differingFields(POSITION_FIELDS, mine, theirs, sameField);

/** Start each differing field on the side that changed it: mine where I changed it from the base, else theirs. */
export const initialChoices = (base: PositionFormValues, mine: PositionFormValues): Record<PositionField, ConflictSide> =>
  kit.initialChoices(POSITION_FIELDS, base, mine, sameField);

export const mergeValues = (mine: PositionFormValues, theirs: PositionFormValues, choices: Record<PositionField, ConflictSide>): PositionFormValues =>
  kit.mergeChoices(POSITION_FIELDS, mine, theirs, choices);
