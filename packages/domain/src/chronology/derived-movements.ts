import { movementBetween, type Movement } from "../stance/movement.js";
import type { Stance } from "../stance/stance.js";
import { orderStatements, type Stated } from "./statement-time.js";

/**
 * The derived movement of every statement in one party's chain on one topic, in the time order of
 * `orderStatements`: dated statements by their dates, undated ones after all of them (an undated
 * statement never becomes the "previous" position of a dated one).
 */
export function derivedMovements(chain: readonly (Stated & { stance: Stance })[]): Map<string, Movement> {
  const result = new Map<string, Movement>();
  let previous: Stance | null = null;
  for (const s of orderStatements(chain)) {
    result.set(s.id, movementBetween(previous, s.stance));
    previous = s.stance;
  }
  return result;
}
