// What else a state change touches, in words, from the counts the API gives on the record's page
// ("12 positions", "3 demands made"). Only kinds with at least one record are named.
import "server-only";
import { getTranslations } from "next-intl/server";

export const AFFECTED_KINDS = [
  "positions",
  "positionsVoiced",
  "demands",
  "demandsMade",
  "demandsReceived",
  "delegations",
  "seats",
  "roles",
  "subtopics",
  "articles",
  "quotes",
  "rounds",
  "proposals",
] as const;
export type AffectedKind = (typeof AFFECTED_KINDS)[number];

export async function affectedLines(counts: Partial<Record<AffectedKind, number>>): Promise<string[]> {
  const t = await getTranslations("records");
  return AFFECTED_KINDS.flatMap((kind) => {
    const count = counts[kind] ?? 0;
    return count > 0 ? [t(`affected.${kind}`, { count })] : [];
  });
}
