// The aliases of parties, people and topics: every spelling name search finds them by, normalised.
// The rule that a record's own names are always among them is the domain's (aliasesOf).
import { aliasesOf, normalizeName } from "@parley/domain";
import type { Tx } from "../audit/audit.js";

export type AliasOwner = "party" | "person" | "topic";

async function writeAliases(tx: Tx, owner: AliasOwner, ownerId: string, names: readonly string[]): Promise<void> {
  const rows = names.map((name) => ({ name, normalized: normalizeName(name) }));
  switch (owner) {
    case "party":
      await tx.partyAlias.deleteMany({ where: { partyId: ownerId } });
      await tx.partyAlias.createMany({ data: rows.map((r) => ({ ...r, partyId: ownerId })) });
      return;
    case "person":
      await tx.personAlias.deleteMany({ where: { personId: ownerId } });
      await tx.personAlias.createMany({ data: rows.map((r) => ({ ...r, personId: ownerId })) });
      return;
    case "topic":
      await tx.topicAlias.deleteMany({ where: { topicId: ownerId } });
      await tx.topicAlias.createMany({ data: rows.map((r) => ({ ...r, topicId: ownerId })) });
      return;
  }
}

async function ownNamesAndAliases(tx: Tx, owner: AliasOwner, id: string): Promise<{ own: { name: string; shortName?: string | null }; aliases: string[] }> {
  const names = (rows: { name: string }[]) => rows.map((a) => a.name);
  const aliases = { select: { name: true }, orderBy: { name: "asc" } } as const;
  switch (owner) {
    case "party": {
      const p = await tx.party.findUniqueOrThrow({ where: { id }, select: { name: true, shortName: true, aliases } });
      return { own: p, aliases: names(p.aliases) };
    }
    case "person": {
      const p = await tx.person.findUniqueOrThrow({ where: { id }, select: { name: true, aliases } });
      return { own: p, aliases: names(p.aliases) };
    }
    case "topic": {
      const t = await tx.topic.findUniqueOrThrow({ where: { id }, select: { name: true, aliases } });
      return { own: t, aliases: names(t.aliases) };
    }
  }
}

/**
 * After a record is created or changed: its aliases become the list given (or stay what they were), with
 * its own names always among them — a renamed record keeps its old name as an alias unless a list is given.
 */
export async function syncAliases(
  tx: Tx,
  owner: AliasOwner,
  id: string,
  change: { aliases?: readonly string[] | undefined; name?: string | undefined; shortName?: string | null | undefined },
): Promise<void> {
  if (change.aliases === undefined && change.name === undefined && change.shortName === undefined) return;
  const { own, aliases } = await ownNamesAndAliases(tx, owner, id);
  await writeAliases(tx, owner, id, aliasesOf(own, change.aliases ?? aliases));
}
