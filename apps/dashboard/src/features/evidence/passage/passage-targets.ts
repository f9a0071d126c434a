// What a passage can back from the reader, which of the panel's fields each target uses, and which of
// those fields an API refusal names (the API speaks in its own input names: a demand's `from`, a role's
// `roles.2.title`). Pure, so the panel, its server action and the unit tests share it.

export const PASSAGE_TARGETS = [
  "newPosition",
  "existingPosition",
  "newDemand",
  "existingDemand",
  "demandStatus",
  "roundFact",
  "dateReport",
  "role",
  "seat",
] as const;
export type PassageTarget = (typeof PASSAGE_TARGETS)[number];

/** The targets grouped as the panel offers them. */
export const TARGET_GROUPS = [
  { group: "positions", targets: ["newPosition", "existingPosition"] },
  { group: "demands", targets: ["newDemand", "existingDemand", "demandStatus"] },
  { group: "rounds", targets: ["roundFact", "dateReport"] },
  { group: "people", targets: ["role", "seat"] },
] as const satisfies readonly { group: string; targets: readonly PassageTarget[] }[];

/** Fields of the quote itself, whatever it backs. */
export const QUOTE_FIELDS = ["attribution", "confidence", "speaker", "translation"] as const;

export const TARGET_FIELDS = {
  newPosition: ["party", "topic", "stance", "summary", "stated"],
  existingPosition: ["existing"],
  newDemand: ["party", "to", "topic", "summary", "slug", "raised", "round"],
  existingDemand: ["demand"],
  demandStatus: ["demand", "status", "changed", "note", "round"],
  roundFact: ["round", "aspect"],
  dateReport: ["round", "kind", "periodStart", "periodEnd", "note"],
  role: ["person", "title", "party", "periodStart", "periodEnd"],
  seat: ["round", "party", "person", "seatRole", "attendance"],
} as const satisfies Record<PassageTarget, readonly string[]>;

export type TargetField = (typeof TARGET_FIELDS)[PassageTarget][number];
export type PassageField = TargetField | (typeof QUOTE_FIELDS)[number];

/** API names that differ from the panel's, per target (`id`/`version` name the record being changed). */
const API_NAMES: Partial<Record<PassageTarget, Record<string, TargetField>>> = {
  existingPosition: { id: "existing", version: "existing", evidence: "existing" },
  newDemand: { from: "party" },
  existingDemand: { id: "demand", version: "demand", evidence: "demand" },
  demandStatus: { id: "demand", version: "demand" },
  roundFact: { version: "round", evidence: "round" },
  dateReport: { start: "periodStart", end: "periodEnd", version: "round" },
  role: { id: "person", version: "person", roles: "person", start: "periodStart", end: "periodEnd" },
  seat: { id: "party", version: "party", members: "person", role: "seatRole" },
};

/** Lists the API replaces as a whole: their errors name an entry ("roles.2.title"). */
const LISTS = new Set(["roles", "members"]);

function apiName(apiField: string): string {
  const parts = apiField.split(".");
  const path = parts[0] === "input" ? parts.slice(1) : parts;
  const [first = "", , third] = path;
  return LISTS.has(first) && third ? third : first;
}

/** The panel field an API refusal of the second step (backing the target) names, if the panel shows it. */
export function targetFieldOf(target: PassageTarget, apiField: string | undefined): PassageField | undefined {
  if (!apiField) return undefined;
  const name = apiName(apiField);
  const fields: readonly TargetField[] = TARGET_FIELDS[target];
  const aliased = API_NAMES[target]?.[name];
  if (aliased) return aliased;
  if (name === "speaker") return "speaker";
  return fields.find((f) => f === name);
}

/** The panel field an API refusal of the first step (creating the quote) names. */
export function quoteFieldOf(apiField: string | undefined): PassageField | undefined {
  if (!apiField) return undefined;
  const name = apiName(apiField);
  return QUOTE_FIELDS.find((f) => f === name);
}
