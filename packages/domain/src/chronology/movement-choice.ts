/**
 * Which movement the analyses use. Every position has a derived movement (from the stance categories,
 * packages/domain/src/stance) and may have one a source reports in words ("heeft zijn positie
 * aangescherpt"). The reported one wins when there is one: the scale is our coding, the report is the
 * evidence, and the scale cannot show a stance that hardens at its end (REJECTS → REJECTS "hardened") or
 * gains conditions. The derived movement is kept beside it, and a disagreement in direction is flagged
 * for editors rather than resolved silently.
 */
import type { Movement } from "../stance/movement.js";
import { orderStatements, spanOf, type Stated } from "./statement-time.js";
import type { PartialDate } from "../dates/partial-date.js";

export interface Movements {
  movement: Movement;
  reportedMovement?: Movement | null;
}

export type MovementSource = "REPORTED" | "DERIVED";

export function effectiveMovement(m: Movements): { movement: Movement; source: MovementSource } {
  if (m.reportedMovement != null) return { movement: m.reportedMovement, source: "REPORTED" };
  return { movement: m.movement, source: "DERIVED" };
}

/**
 * True when the source reports a movement the categories contradict: a different direction (hardened
 * against softened), or a reversal on one side only. UNCHANGED or NEW derived movements never conflict:
 * the scale simply could not show what the source reports.
 */
export function movementsConflict(m: Movements): boolean {
  const reported = m.reportedMovement;
  if (reported == null) return false;
  if (m.movement === "UNCHANGED" || m.movement === "NEW") return false;
  return reported !== m.movement;
}

/**
 * Since when a chain has not moved: the date of the first statement of its trailing run without
 * movement (by the effective movement), as the partial date the source gave — a month stays a month.
 * Undated statements are left out (they cannot be placed in the run); null for an empty chain.
 */
export function unmovedSince<T extends Stated & Movements>(chain: readonly T[]): PartialDate | null {
  const dated = orderStatements(chain).filter((s) => spanOf(s.stated) != null);
  let since: T | null = null;
  for (let i = dated.length - 1; i >= 0; i--) {
    const s = dated[i];
    if (s === undefined) break;
    since = s;
    const moved = effectiveMovement(s).movement;
    if (moved !== "UNCHANGED") break;
  }
  return since ? since.stated : null;
}
