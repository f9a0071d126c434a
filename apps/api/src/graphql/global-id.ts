// Global ids taken as arguments: decoded in one place, each failure a typed error naming the argument.
import { decodeGlobalID } from "@pothos/plugin-relay";
import { AppError } from "./error-formatting.js";

/** The type name and record id inside a global id. */
export function decodeId(globalId: string | number, argument = "id"): { typename: string; id: string } {
  try {
    return decodeGlobalID(String(globalId));
  } catch {
    throw new AppError("BAD_USER_INPUT", `"${String(globalId)}" is not a global id.`, { argument });
  }
}

/** The record id inside a global id that must name a record of `type`. */
export function decodeFor(globalId: string | number, type: string, argument = "id"): string {
  const decoded = decodeId(globalId, argument);
  if (decoded.typename !== type) throw new AppError("BAD_USER_INPUT", `The id is a ${decoded.typename}, not a ${type}.`, { argument });
  return decoded.id;
}
