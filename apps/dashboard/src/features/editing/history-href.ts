// Where a record's history is: positions have their own page (with "as it stood on a date"); every
// other record the generic one, which comes back to the page it was opened from.
import "server-only";
import { currentPath } from "@/lib/api";
import { positionHref } from "@/features/positions/position-href";

function typeOf(globalId: string): string | null {
  try {
    const [type] = Buffer.from(globalId, "base64").toString("utf8").split(":");
    return type ?? null;
  } catch {
    return null;
  }
}

export async function historyHref(globalId: string): Promise<string> {
  if (typeOf(globalId) === "Position") return `${positionHref(globalId)}/history`;
  return `/history/${encodeURIComponent(globalId)}?back=${encodeURIComponent(await currentPath())}`;
}
