// Merging duplicate people: one record survives; the other's spellings become its aliases and every
// reference (roles, delegation seats, voiced positions, quotes) moves to it. The duplicate is soft-deleted,
// so nothing dangles and the merge can be audited. One transaction.
import type { Db } from "@parley/db";
import { normalizeName } from "@parley/domain";
import { AppError } from "../../errors.js";
import { recordAudit, type Actor } from "./audit.js";
import { claimVersion } from "./versioning.js";

export async function mergePeople(db: Db, actor: Actor, keep: { id: string; version: number }, merge: { id: string; version: number }): Promise<string> {
  if (keep.id === merge.id) throw new AppError("BAD_USER_INPUT", "A person cannot be merged into itself.", { argument: "merge" });
  return db.$transaction(
    async (tx) => {
      const load = (id: string) => () => tx.person.findUnique({ where: { id }, include: { aliases: true } });
      const keptVersion = await claimVersion(tx, "Person", keep.id, keep.version, load(keep.id));
      const mergedVersion = await claimVersion(tx, "Person", merge.id, merge.version, load(merge.id));
      const [kept, merged] = [(await load(keep.id)())!, (await load(merge.id)())!];
      if (kept.deletedAt || merged.deletedAt) throw new AppError("BAD_USER_INPUT", "Both people must exist (not deleted) to merge.", { argument: "merge" });

      const known = new Set(kept.aliases.map((a) => a.name));
      const spellings = [merged.name, ...merged.aliases.map((a) => a.name)].filter((n) => !known.has(n));
      await tx.personAlias.deleteMany({ where: { personId: merged.id } });
      await tx.personAlias.createMany({ data: [...new Set(spellings)].map((name) => ({ personId: kept.id, name, normalized: normalizeName(name) })) });

      await tx.personRole.updateMany({ where: { personId: merged.id }, data: { personId: kept.id } });
      // A delegation that seated both keeps the surviving person's seat.
      const seats = await tx.delegationMember.findMany({ where: { personId: kept.id }, select: { delegationId: true } });
      await tx.delegationMember.deleteMany({ where: { personId: merged.id, delegationId: { in: seats.map((s) => s.delegationId) } } });
      await tx.delegationMember.updateMany({ where: { personId: merged.id }, data: { personId: kept.id } });
      await tx.position.updateMany({ where: { speakerPersonId: merged.id }, data: { speakerPersonId: kept.id } });
      await tx.evidence.updateMany({ where: { speakerPersonId: merged.id }, data: { speakerPersonId: kept.id } });
      const gone = await tx.person.update({ where: { id: merged.id }, data: { deletedAt: new Date(), description: `Merged into ${kept.slug}.` } });

      const after = await tx.person.findUniqueOrThrow({ where: { id: kept.id }, include: { aliases: true } });
      await recordAudit(tx, actor, { action: "MERGE", entityType: "Person", entityId: kept.id, version: keptVersion, before: kept, after });
      await recordAudit(tx, actor, { action: "MERGE", entityType: "Person", entityId: merged.id, version: mergedVersion, before: merged, after: gone });
      return kept.id;
    },
    { timeout: 20_000, maxWait: 20_000 },
  );
}
