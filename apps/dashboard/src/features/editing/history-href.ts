// Where a record's history is: positions have their own page (with "as it stood on a date"); every
// other record the generic one, which comes back to the page it was opened from.
import "server-only";
import { currentPath } from "@/lib/api";
import { positionHref } from "@/features/positions/position-href";
import { typeOfGlobalId } from "./global-id";

export async function historyHref(globalId: string): Promise<string> {
  if (typeOfGlobalId(globalId) === "Position") return `${positionHref(globalId)}/history`;
  return `/history/${encodeURIComponent(globalId)}?back=${encodeURIComponent(await currentPath())}`;
}
