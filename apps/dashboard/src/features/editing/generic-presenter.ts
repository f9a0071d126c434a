// History for any record type: every field of its audited shape as text, lists as lists, and the ids of
// the records it links to (a party, a person, a quote…) named. Positions have a presenter of their own.
import "server-only";
import { getTranslations } from "next-intl/server";
import type { HistoryPresenter, Reference } from "./history-panel";
import type { Snapshot } from "./snapshot";

/** Bookkeeping, not content: left out of the diff. */
const SKIPPED = new Set(["id", "version", "createdAt", "updatedAt", "searchText", "bodyHash"]);

const LINKS: Readonly<Record<string, Reference["type"]>> = {
  partyId: "Party",
  fromPartyId: "Party",
  toPartyId: "Party",
  speakerPartyId: "Party",
  personId: "Person",
  speakerPersonId: "Person",
  speakerId: "Person",
  topicId: "Topic",
  roundId: "Round",
  evidenceId: "Evidence",
  evidenceIds: "Evidence",
};

function itemText(item: unknown): string {
  if (typeof item === "string" || typeof item === "number" || typeof item === "boolean") return String(item);
  if (item && typeof item === "object" && "name" in item && typeof item.name === "string") return item.name;
  return JSON.stringify(item);
}

/** "speakerPartyId" → "speaker party"; the API's field names, read as words. */
function words(field: string): string {
  const spaced = field
    .replace(/Ids?$/, "")
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

export async function genericPresenter(): Promise<HistoryPresenter> {
  const tCommon = await getTranslations("common");
  return {
    label: words,
    references: (s: Snapshot) =>
      Object.entries(LINKS).flatMap(([field, type]) => {
        const v = s[field];
        const ids = Array.isArray(v) ? v : [v];
        return ids.filter((id): id is string => typeof id === "string").map((id) => ({ type, id }));
      }),
    present: (s, nameOf) =>
      Object.fromEntries(
        Object.entries(s)
          .filter(([field]) => !SKIPPED.has(field))
          .map(([field, v]) => {
            const type = LINKS[field];
            if (Array.isArray(v)) return [field, v.map((item) => (type && typeof item === "string" ? nameOf({ type, id: item }) : itemText(item)))];
            if (v === null || v === undefined) return [field, null];
            if (type && typeof v === "string") return [field, nameOf({ type, id: v })];
            if (field === "deletedAt") return [field, tCommon("yes")];
            return [field, itemText(v)];
          }),
      ),
  };
}
